package com.salesbot.adapters.wecom.send;

import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;

/** Classifies WeCom API failures into retry-or-not, with error texts that never carry tokens or secrets. */
public final class WecomErrors {
    /** 40001 invalid credential, 40014 invalid access_token, 42001 access_token expired. */
    public static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    /** 45009 API frequency limit, 45011 too frequent, 45033 too many concurrent calls, 45047 queue overflow. */
    public static final Set<Integer> RATE_ERRORS = Set.of(45009, 45011, 45033, 45047);
    /** -1 system busy. */
    public static final int SYSTEM_BUSY = -1;

    public static final Duration TOKEN_RETRY = Duration.ofSeconds(1);
    public static final Duration BUSY_RETRY = Duration.ofSeconds(10);
    public static final Duration RATE_RETRY = Duration.ofSeconds(60);
    public static final Duration IO_RETRY = Duration.ofSeconds(30);

    private static final Pattern SECRET_PARAMS =
            Pattern.compile("(access_token|corpsecret|secret|key)=[^&\\s\"']*", Pattern.CASE_INSENSITIVE);

    private WecomErrors() {
    }

    public static boolean isTokenError(Throwable e) {
        return e instanceof WxErrorException w && TOKEN_ERRORS.contains(w.getError().getErrorCode());
    }

    /**
     * Token errors and rate limits, system busy, I/O and WxJava runtime errors → an "unavailable" Retry (WeCom or the
     * network is unavailable: no attempt spent); invalid users, content and any other WeCom error code → Permanent
     * (visible, not retried forever).
     */
    public static SendResult classify(Throwable e) {
        if (e instanceof WxErrorException w) {
            int code = w.getError().getErrorCode();
            String text = redact("wecom errcode=" + code + " errmsg=" + w.getError().getErrorMsg());
            if (TOKEN_ERRORS.contains(code)) {
                return SendResult.Retry.unavailable(TOKEN_RETRY, text);
            }
            if (RATE_ERRORS.contains(code)) {
                return SendResult.Retry.unavailable(RATE_RETRY, text);
            }
            if (code == SYSTEM_BUSY) {
                return SendResult.Retry.unavailable(BUSY_RETRY, text);
            }
            return new SendResult.Permanent(text);
        }
        if (e instanceof IllegalArgumentException) {
            return new SendResult.Permanent(redact("cannot render for wecom: " + e.getMessage()));
        }
        String kind = e instanceof WxRuntimeException && e.getCause() != null ? e.getCause().getClass().getSimpleName()
                : e.getClass().getSimpleName();
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return SendResult.Retry.unavailable(IO_RETRY, redact("wecom call failed: " + kind + ": " + message));
    }

    /** Removes access_token=, corpsecret= and similar query values from a text. */
    public static String redact(String text) {
        return text == null ? null : SECRET_PARAMS.matcher(text).replaceAll("$1=***");
    }
}

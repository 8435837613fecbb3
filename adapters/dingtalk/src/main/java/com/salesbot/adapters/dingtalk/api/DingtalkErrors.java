package com.salesbot.adapters.dingtalk.api;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaRetryableException;
import com.aliyun.tea.TeaUnretryableException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/** Maps SDK exceptions and old-API error codes to {@link DingtalkApiException}s with a {@link DingtalkFailure}. */
public final class DingtalkErrors {
    /** Old API: 40014 invalid token, 42001 expired token, 40089 invalid corp credential. */
    static final Set<Long> AUTH_CODES = Set.of(40014L, 42001L, 40089L);
    /** Old API: -1 system busy; 90002/90006/90018/90019 frequency and flow limits. */
    static final Set<Long> THROTTLE_CODES = Set.of(90002L, 90006L, 90018L, 90019L);

    private DingtalkErrors() {
    }

    /** A failure of a new-SDK ({@code api.dingtalk.com}) call. */
    public static DingtalkApiException fromSdk(String operation, Throwable error) {
        if (error instanceof DingtalkApiException known) {
            return known;
        }
        if (error instanceof TeaException tea && !(error instanceof TeaRetryableException)) {
            return fromTea(operation, tea);
        }
        if (error instanceof TeaUnretryableException || error instanceof TeaRetryableException
                || error instanceof IOException || error.getCause() instanceof IOException) {
            return new DingtalkApiException(DingtalkFailure.TRANSIENT,
                    operation + " failed: network error " + rootName(error), error);
        }
        return new DingtalkApiException(DingtalkFailure.TRANSIENT,
                operation + " failed: " + rootName(error), error);
    }

    private static DingtalkApiException fromTea(String operation, TeaException tea) {
        Integer status = tea.getStatusCode();
        String code = tea.getCode() == null ? "" : tea.getCode();
        String lower = code.toLowerCase(Locale.ROOT);
        DingtalkFailure failure;
        if ((status != null && status == 401) || "InvalidAuthentication".equalsIgnoreCase(code)) {
            failure = DingtalkFailure.AUTH;
        } else if ((status != null && status == 429) || lower.contains("throttl") || lower.contains("qpslimit")
                || lower.contains("flowcontrol") || lower.contains("ratelimit")) {
            failure = DingtalkFailure.THROTTLED;
        } else if (status == null || status >= 500) {
            failure = DingtalkFailure.TRANSIENT;
        } else {
            failure = DingtalkFailure.PERMANENT;
        }
        String message = operation + " failed: HTTP " + status + " " + code
                + (tea.message == null ? "" : " " + tea.message);
        return new DingtalkApiException(failure, message, tea);
    }

    /** A non-zero {@code errcode} of an old-API ({@code oapi.dingtalk.com}) response. */
    public static DingtalkApiException fromErrcode(String operation, Long errcode, String errmsg) {
        long code = errcode == null ? -1 : errcode;
        DingtalkFailure failure;
        if (AUTH_CODES.contains(code)) {
            failure = DingtalkFailure.AUTH;
        } else if (THROTTLE_CODES.contains(code)) {
            failure = DingtalkFailure.THROTTLED;
        } else if (code == -1) {
            failure = DingtalkFailure.TRANSIENT;
        } else {
            failure = DingtalkFailure.PERMANENT;
        }
        return new DingtalkApiException(failure, operation + " failed: errcode " + code
                + (errmsg == null ? "" : " " + errmsg));
    }

    private static String rootName(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}

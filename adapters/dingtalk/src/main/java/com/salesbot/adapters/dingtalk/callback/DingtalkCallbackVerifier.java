package com.salesbot.adapters.dingtalk.callback;

import com.salesbot.adapters.dingtalk.inbound.DingtalkEventIds;
import com.salesbot.core.messaging.CallbackVerification;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an HTTP-mode robot callback (headers {@code timestamp} and {@code sign}) before anything is recorded.
 * <p>
 * {@code sign} must equal Base64(HmacSHA256(key = appSecret, data = timestamp + "\n" + appSecret)) and the
 * timestamp (epoch ms) must lie within one hour of now. The comparison is constant-time. Order of checks:
 * signature (401), body size (413), JSON shape and event id (400).
 */
public final class DingtalkCallbackVerifier {
    /** DingTalk's documented freshness window: one hour either side. */
    public static final long WINDOW_MS = 3_600_000L;
    /** Robot messages are a few KB; 256 KB leaves room for long rich text. */
    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final byte[] secretSuffix;
    private final Clock clock;
    private final int maxBodyBytes;

    public DingtalkCallbackVerifier(String appSecret, Clock clock) {
        this(appSecret, clock, DEFAULT_MAX_BODY_BYTES);
    }

    public DingtalkCallbackVerifier(String appSecret, Clock clock, int maxBodyBytes) {
        if (appSecret == null || appSecret.isEmpty()) {
            throw new IllegalArgumentException("dingtalk app secret is required");
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        byte[] secret = appSecret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, HMAC);
        this.secretSuffix = ("\n" + appSecret).getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBodyBytes = maxBodyBytes;
    }

    public CallbackVerification verify(String timestampHeader, String signHeader, byte[] body) {
        if (timestampHeader == null || signHeader == null || timestampHeader.isBlank() || signHeader.isBlank()) {
            return new CallbackVerification.Rejected(401, "missing timestamp or sign header");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return new CallbackVerification.Rejected(401, "timestamp header is not a number");
        }
        if (!signatureMatches(timestampHeader.trim(), signHeader.trim())) {
            return new CallbackVerification.Rejected(401, "signature mismatch");
        }
        if (Math.abs(clock.millis() - timestamp) > WINDOW_MS) {
            return new CallbackVerification.Rejected(401, "timestamp outside the one-hour window");
        }
        if (body == null || body.length == 0) {
            return new CallbackVerification.Rejected(400, "empty body");
        }
        if (body.length > maxBodyBytes) {
            return new CallbackVerification.Rejected(413, "body larger than " + maxBodyBytes + " bytes");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new CallbackVerification.Rejected(400, "body is not UTF-8");
        }
        try {
            return new CallbackVerification.Accepted(json, DingtalkEventIds.of(json));
        } catch (IllegalArgumentException e) {
            return new CallbackVerification.Rejected(400, e.getMessage());
        }
    }

    /** Same check for a body the controller already holds as text. */
    public CallbackVerification verify(String timestampHeader, String signHeader, String body) {
        return verify(timestampHeader, signHeader, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The expected {@code sign} for a timestamp; exposed for tests and for the sandbox's signed samples. */
    public String sign(String timestamp) {
        return Base64.getEncoder().encodeToString(hmac(timestamp));
    }

    private boolean signatureMatches(String timestamp, String sign) {
        byte[] expected = Base64.getEncoder().encode(hmac(timestamp));
        return MessageDigest.isEqual(expected, sign.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(String timestamp) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(secretSuffix);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

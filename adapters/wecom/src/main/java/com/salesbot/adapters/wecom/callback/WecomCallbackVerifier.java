package com.salesbot.adapters.wecom.callback;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.xml.EventIdentity;
import com.salesbot.adapters.wecom.xml.SafeXml;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * Verifies WeCom callbacks before anything is recorded (DESIGN.md §3 step 1): signature (constant-time),
 * timestamp window, body size, safe XML, decryption and the corp id carried inside the ciphertext.
 * Thread-safe; create one per app.
 */
public final class WecomCallbackVerifier {
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(300);
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    private final String token;
    private final String corpId;
    private final CallbackCipher cipher;
    private final Clock clock;
    private final long windowSeconds;
    private final int maxBodyBytes;

    public WecomCallbackVerifier(WecomSettings settings, Clock clock) {
        this(settings, clock, DEFAULT_WINDOW, DEFAULT_MAX_BODY_BYTES);
    }

    public WecomCallbackVerifier(WecomSettings settings, Clock clock, Duration window, int maxBodyBytes) {
        if (window.isNegative() || maxBodyBytes <= 0) {
            throw new IllegalArgumentException("window must not be negative and maxBodyBytes must be positive");
        }
        WxCpDefaultConfigImpl keys = new WxCpDefaultConfigImpl();
        keys.setCorpId(settings.corpId());
        keys.setToken(settings.token());
        keys.setAesKey(settings.aesKey());
        this.token = settings.token();
        this.corpId = settings.corpId();
        this.cipher = new CallbackCipher(keys);
        this.clock = clock;
        this.windowSeconds = window.toSeconds();
        this.maxBodyBytes = maxBodyBytes;
    }

    /** GET callback URL verification: returns the decrypted echostr to answer as text/plain. */
    public VerificationResult verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        VerificationResult refused = checkRequest(msgSignature, timestamp, nonce, echostr);
        if (refused != null) {
            return refused;
        }
        return open(echostr).map(plain -> new VerificationResult.Ok(plain, null));
    }

    /** POST callback: returns the decrypted message XML and its event id. */
    public VerificationResult verifyMessage(String msgSignature, String timestamp, String nonce, String body) {
        if (body != null && (body.length() > maxBodyBytes
                || body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes)) {
            return new VerificationResult.Rejected("body larger than " + maxBodyBytes + " bytes", 413);
        }
        if (body == null || body.isBlank()) {
            return new VerificationResult.Rejected("empty body", 400);
        }
        Map<String, String> outer;
        try {
            outer = SafeXml.rootFields(body);
        } catch (IllegalArgumentException e) {
            return new VerificationResult.Rejected("body refused: " + e.getMessage(), 400);
        }
        String encrypt = outer.get("Encrypt");
        VerificationResult refused = checkRequest(msgSignature, timestamp, nonce, encrypt);
        if (refused != null) {
            return refused;
        }
        Opening opening = open(encrypt);
        if (opening.rejected != null) {
            return opening.rejected;
        }
        try {
            Map<String, String> fields = SafeXml.rootFields(opening.plaintext);
            return new VerificationResult.Ok(opening.plaintext, EventIdentity.of(fields));
        } catch (IllegalArgumentException e) {
            return new VerificationResult.Rejected("decrypted message refused: " + e.getMessage(), 400);
        }
    }

    private VerificationResult checkRequest(String msgSignature, String timestamp, String nonce, String data) {
        if (isBlank(msgSignature) || isBlank(timestamp) || isBlank(nonce) || isBlank(data)) {
            return new VerificationResult.Rejected("missing msg_signature, timestamp, nonce or encrypted data", 400);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return new VerificationResult.Rejected("timestamp is not a number", 400);
        }
        if (!signatureMatches(msgSignature, timestamp, nonce, data)) {
            return new VerificationResult.Rejected("signature mismatch", 401);
        }
        long skew = Math.abs(clock.millis() / 1000 - seconds);
        if (skew > windowSeconds) {
            return new VerificationResult.Rejected("timestamp outside the " + windowSeconds + " s window", 403);
        }
        return null;
    }

    private boolean signatureMatches(String msgSignature, String timestamp, String nonce, String data) {
        String expected = SHA1.gen(token, timestamp, nonce, data);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                msgSignature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private Opening open(String cipherText) {
        CallbackCipher.Opened opened;
        try {
            opened = cipher.open(cipherText);
        } catch (GeneralSecurityException e) {
            return Opening.refused(new VerificationResult.Rejected("cannot decrypt: " + e.getMessage(), 400));
        }
        if (!MessageDigest.isEqual(corpId.getBytes(StandardCharsets.UTF_8),
                opened.receiveId().getBytes(StandardCharsets.UTF_8))) {
            return Opening.refused(new VerificationResult.Rejected("receiveid is not our corp id", 403));
        }
        return new Opening(opened.content(), null);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private record Opening(String plaintext, VerificationResult.Rejected rejected) {
        static Opening refused(VerificationResult.Rejected rejected) {
            return new Opening(null, rejected);
        }

        VerificationResult map(java.util.function.Function<String, VerificationResult> onOk) {
            return rejected != null ? rejected : onOk.apply(plaintext);
        }
    }
}

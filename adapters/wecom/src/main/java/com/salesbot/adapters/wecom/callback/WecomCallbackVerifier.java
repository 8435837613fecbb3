package com.salesbot.adapters.wecom.callback;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.xml.EventIdentity;
import com.salesbot.adapters.wecom.xml.SafeXml;
import com.salesbot.core.messaging.CallbackVerification;
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
 * Verifies WeCom callbacks before anything is recorded (docs/design.md, message life cycle step 1): signature (constant-time),
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
    public CallbackVerification verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        CallbackVerification refused = checkRequest(msgSignature, timestamp, nonce, echostr);
        if (refused != null) {
            return refused;
        }
        return open(echostr).map(plain -> new CallbackVerification.Accepted(plain, null));
    }

    /** POST callback: returns the decrypted message XML and its event id. */
    public CallbackVerification verifyMessage(String msgSignature, String timestamp, String nonce, String body) {
        if (body != null && (body.length() > maxBodyBytes
                || body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes)) {
            return new CallbackVerification.Rejected(413, "body larger than " + maxBodyBytes + " bytes");
        }
        if (body == null || body.isBlank()) {
            return new CallbackVerification.Rejected(400, "empty body");
        }
        Map<String, String> outer;
        try {
            outer = SafeXml.rootFields(body);
        } catch (IllegalArgumentException e) {
            return new CallbackVerification.Rejected(400, "body refused: " + e.getMessage());
        }
        String encrypt = outer.get("Encrypt");
        CallbackVerification refused = checkRequest(msgSignature, timestamp, nonce, encrypt);
        if (refused != null) {
            return refused;
        }
        Opening opening = open(encrypt);
        if (opening.rejected != null) {
            return opening.rejected;
        }
        try {
            Map<String, String> fields = SafeXml.rootFields(opening.plaintext);
            return new CallbackVerification.Accepted(opening.plaintext, EventIdentity.of(fields));
        } catch (IllegalArgumentException e) {
            return new CallbackVerification.Rejected(400, "decrypted message refused: " + e.getMessage());
        }
    }

    private CallbackVerification checkRequest(String msgSignature, String timestamp, String nonce, String data) {
        if (isBlank(msgSignature) || isBlank(timestamp) || isBlank(nonce) || isBlank(data)) {
            return new CallbackVerification.Rejected(400, "missing msg_signature, timestamp, nonce or encrypted data");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return new CallbackVerification.Rejected(400, "timestamp is not a number");
        }
        if (!signatureMatches(msgSignature, timestamp, nonce, data)) {
            return new CallbackVerification.Rejected(401, "signature mismatch");
        }
        long skew = Math.abs(clock.millis() / 1000 - seconds);
        if (skew > windowSeconds) {
            return new CallbackVerification.Rejected(403, "timestamp outside the " + windowSeconds + " s window");
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
            return Opening.refused(new CallbackVerification.Rejected(400, "cannot decrypt: " + e.getMessage()));
        }
        if (!MessageDigest.isEqual(corpId.getBytes(StandardCharsets.UTF_8),
                opened.receiveId().getBytes(StandardCharsets.UTF_8))) {
            return Opening.refused(new CallbackVerification.Rejected(403, "receiveid is not our corp id"));
        }
        return new Opening(opened.content(), null);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private record Opening(String plaintext, CallbackVerification.Rejected rejected) {
        static Opening refused(CallbackVerification.Rejected rejected) {
            return new Opening(null, rejected);
        }

        CallbackVerification map(java.util.function.Function<String, CallbackVerification> onOk) {
            return rejected != null ? rejected : onOk.apply(plaintext);
        }
    }
}

package com.salesbot.core.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Absolute, signed and expiring links to what the bot serves (push files, full lists): neither WeCom nor DingTalk
 * can open a relative path, and a forwarded link must stop working. The link is
 * {@code <public-url><path>/<token>/<name>?exp=<epoch seconds>&sig=<HMAC-SHA256 of token and exp>}.
 */
public final class SignedLinks {
    private final String publicUrl;
    private final String basePath;
    private final byte[] secret;
    private final Clock clock;
    private final Duration validity;

    /**
     * @param publicUrl the bot's public base URL as users reach it, e.g. https://salesbot.example.com
     * @param basePath  the path files are served under, e.g. /push-files
     */
    public SignedLinks(String publicUrl, String basePath, byte[] secret, Clock clock, Duration validity) {
        if (publicUrl == null || !(publicUrl.startsWith("https://") || publicUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("salesbot.public-url must be an absolute http(s) URL: " + publicUrl);
        }
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("link secret must have at least 16 bytes");
        }
        this.publicUrl = trimSlash(publicUrl);
        this.basePath = trimSlash(basePath.startsWith("/") ? basePath : "/" + basePath);
        this.secret = secret.clone();
        this.clock = clock;
        this.validity = validity;
    }

    public String basePath() {
        return basePath;
    }

    public String link(String token, String fileName) {
        long exp = clock.instant().plus(validity).getEpochSecond();
        return publicUrl + basePath + "/" + token + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")
                + "?exp=" + exp + "&sig=" + sign(token, exp);
    }

    /** True when the signature is this bot's and the link has not expired. */
    public boolean valid(String token, Long exp, String sig) {
        if (token == null || exp == null || sig == null || exp < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(sign(token, exp).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String token, long exp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((token + ":" + exp).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "SignedLinks[" + publicUrl + basePath + ", secret=***]";
    }
}

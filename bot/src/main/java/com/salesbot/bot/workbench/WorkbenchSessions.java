package com.salesbot.bot.workbench;

import com.salesbot.core.port.KeyValueStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workbench session: a signed cookie (HMAC-SHA256 over person id, expiry, sign-in channel and a random id), so
 * any instance can check it without shared state; HttpOnly, SameSite=Lax, Secure when the public URL is https.
 * Sign-out clears the cookie and remembers the session id as revoked (in the shared key-value store, until it
 * would have expired anyway). The CSRF token the page sends on every change is derived from the session, so it is
 * never stored either. The key is never logged.
 */
public final class WorkbenchSessions {
    public static final String COOKIE = "wb_session";
    public static final String STATE_COOKIE = "wb_state";
    public static final String CSRF_HEADER = "X-Workbench-Csrf";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String REVOKED = "workbench:revoked:";

    private final SecretKeySpec key;
    private final Duration ttl;
    private final boolean secure;
    private final Clock clock;
    private final KeyValueStore kv;
    private final SecureRandom random = new SecureRandom();

    /** A checked session: who, through which channel (wecom, dingtalk, demo), its id and expiry. */
    public record Session(String repId, String channel, String id, long expiresAt, String payload) {
    }

    public WorkbenchSessions(byte[] secret, Duration ttl, boolean secure, Clock clock, KeyValueStore kv) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the workbench session key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret, "HmacSHA256"),
                "salesbot-workbench-session-v1"), "HmacSHA256");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("salesbot.workbench.session-ttl must be positive");
        }
        this.ttl = ttl;
        this.secure = secure;
        this.clock = clock;
        this.kv = kv;
    }

    /** A new session cookie for the person. */
    public Cookie issue(String repId, String channel) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        long expires = clock.millis() + ttl.toMillis();
        String payload = B64.encodeToString(repId.getBytes(StandardCharsets.UTF_8)) + "~" + expires + "~" + channel
                + "~" + B64.encodeToString(id);
        String value = payload + "." + B64.encodeToString(hmac(key, payload));
        return cookie(COOKIE, value, ttl);
    }

    /** The cookie that removes the session from the browser. */
    public Cookie cleared() {
        return cookie(COOKIE, "", Duration.ZERO);
    }

    /** Forgets the session on every instance (until it would have expired). */
    public void revoke(Session session) {
        long left = session.expiresAt() - clock.millis();
        if (left > 0) {
            kv.put(REVOKED + session.id(), "1", Duration.ofMillis(left));
        }
    }

    /** The valid, unexpired, not revoked session of the request. */
    public Optional<Session> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(this::check);
    }

    Optional<Session> check(String value) {
        int dot = value == null ? -1 : value.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, dot);
        byte[] mac;
        try {
            mac = B64D.decode(value.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac, hmac(key, payload))) {
            return Optional.empty();
        }
        String[] parts = payload.split("~");
        if (parts.length != 4) {
            return Optional.empty();
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expires <= clock.millis() || kv.get(REVOKED + parts[3]).isPresent()) {
            return Optional.empty();
        }
        String repId = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
        return Optional.of(new Session(repId, parts[2], parts[3], expires, payload));
    }

    /** The CSRF token of a session: the page reads it from /workbench/api/me and sends it in {@link #CSRF_HEADER}. */
    public String csrfToken(Session session) {
        return B64.encodeToString(hmac(key, "csrf|" + session.payload()));
    }

    public boolean csrfValid(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(
                csrfToken(session).getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh random value for the OAuth2 {@code state} (kept in a short cookie to stop login CSRF). */
    public String newState() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return B64.encodeToString(b);
    }

    public Cookie stateCookie(String state) {
        return cookie(STATE_COOKIE, state, Duration.ofMinutes(10));
    }

    public Cookie clearedState() {
        return cookie(STATE_COOKIE, "", Duration.ZERO);
    }

    public Duration ttl() {
        return ttl;
    }

    private Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.of(name, value).httpOnly(true).sameSite(SameSite.Lax).secure(secure).path("/workbench")
                .maxAge(maxAge);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "WorkbenchSessions[ttl=" + ttl + ", secure=" + secure + ", key=***]";
    }
}

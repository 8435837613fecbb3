package com.salesbot.bot.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkbenchSessionsTest {
    private static final byte[] KEY = "a-session-key-of-32-characters!!".getBytes(StandardCharsets.UTF_8);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T01:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryKeyValueStore kv = new InMemoryKeyValueStore(clock);
    private final WorkbenchSessions sessions = new WorkbenchSessions(KEY, Duration.ofHours(8), true, clock, kv);

    @Test
    void cookieIsHttpOnlyLaxSecureAndCarriesThePerson() {
        Cookie cookie = sessions.issue("demo-r11", "wecom");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).contains(SameSite.Lax);
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofHours(8).toSeconds());
        var session = sessions.check(cookie.getValue()).orElseThrow();
        assertThat(session.repId()).isEqualTo("demo-r11");
        assertThat(session.channel()).isEqualTo("wecom");
    }

    @Test
    void validUntilTheTtlAndNotOneMillisecondLonger() {
        String value = sessions.issue("demo-r11", "wecom").getValue();
        now.set(now.get().plus(Duration.ofHours(8)).minusMillis(1));
        assertThat(sessions.check(value)).isPresent();
        now.set(now.get().plusMillis(1));
        assertThat(sessions.check(value)).isEmpty();
    }

    @Test
    void aChangedPersonOrExpiryOrAnotherKeyBreaksTheSignature() {
        String value = sessions.issue("demo-r11", "wecom").getValue();
        String payload = value.substring(0, value.lastIndexOf('.'));
        String mac = value.substring(value.lastIndexOf('.'));
        String otherPerson = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("demo-d1".getBytes(StandardCharsets.UTF_8)) + payload.substring(payload.indexOf('~'));
        assertThat(sessions.check(otherPerson + mac)).isEmpty();
        assertThat(sessions.check(payload.replaceFirst("~\\d+~", "~9999999999999~") + mac)).isEmpty();
        WorkbenchSessions otherKey = new WorkbenchSessions("another-key-of-32-characters!!!!".getBytes(
                StandardCharsets.UTF_8), Duration.ofHours(8), true, clock, kv);
        assertThat(otherKey.check(value)).isEmpty();
        assertThat(sessions.check("garbage")).isEmpty();
        assertThat(sessions.check("x.%%%")).isEmpty();
    }

    @Test
    void revokedSessionIsGoneAndCsrfTokenBelongsToOneSession() {
        String firstCookie = sessions.issue("demo-r11", "wecom").getValue();
        var first = sessions.check(firstCookie).orElseThrow();
        var second = sessions.check(sessions.issue("demo-r11", "wecom").getValue()).orElseThrow();
        assertThat(sessions.csrfValid(first, sessions.csrfToken(first))).isTrue();
        assertThat(sessions.csrfValid(first, sessions.csrfToken(second))).isFalse();
        assertThat(sessions.csrfValid(first, null)).isFalse();
        sessions.revoke(first);
        assertThat(sessions.check(firstCookie)).isEmpty();
        assertThat(sessions.check(sessions.issue("demo-r11", "wecom").getValue())).isPresent();
    }

    @Test
    void shortKeysAndNonPositiveTtlsAreRefused() {
        assertThatThrownBy(() -> new WorkbenchSessions("short".getBytes(StandardCharsets.UTF_8), Duration.ofHours(8),
                false, clock, kv)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkbenchSessions(KEY, Duration.ZERO, false, clock, kv))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sessions.toString()).doesNotContain("a-session-key");
    }
}

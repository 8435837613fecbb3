package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.memory.InMemoryRateLimiter;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MemberRateLimitTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final MemberRateLimit limit = new MemberRateLimit(new InMemoryRateLimiter(clock), "ww1", 1000002);

    @Test
    void thirtyPerMinuteThenTheWaitUntilTheOldestExpires() {
        for (int i = 0; i < 30; i++) {
            assertThat(limit.acquire("rep001", 1)).isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(limit.acquire("rep001", 1)).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(limit.acquire("rep001", 1)).isZero();
    }

    @Test
    void thousandPerHourEvenWhenEveryMinuteIsUnderThirty() {
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.acquire("rep001", 1)).as("message %d", i).isZero();
            clock.advance(Duration.ofMillis(3_000)); // 20 per minute
        }
        Duration wait = limit.acquire("rep001", 1);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void everyMemberOfAMultiRecipientAndEveryMessageTakesAPermit() {
        List<String> keys = new ArrayList<>();
        MemberRateLimit recording = new MemberRateLimit(limits -> {
            keys.add(limits.stream().map(l -> l.key() + "/" + l.limit() + "/" + l.window())
                    .collect(Collectors.joining(" + ")));
            return Duration.ZERO;
        }, "ww1", 7);
        assertThat(recording.acquire("a|b", 2)).isZero();
        // one call per message and member, taking the minute and the hour permit together
        assertThat(keys).containsExactly(
                "wecom:rate:{ww1:7:a}:1m/30/PT1M + wecom:rate:{ww1:7:a}:1h/1000/PT1H",
                "wecom:rate:{ww1:7:a}:1m/30/PT1M + wecom:rate:{ww1:7:a}:1h/1000/PT1H",
                "wecom:rate:{ww1:7:b}:1m/30/PT1M + wecom:rate:{ww1:7:b}:1h/1000/PT1H",
                "wecom:rate:{ww1:7:b}:1m/30/PT1M + wecom:rate:{ww1:7:b}:1h/1000/PT1H");
    }

    @Test
    void aMessageTheHourLimitRefusesUsesNothingOfTheMinute() {
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.acquire("rep001", 1)).as("message %d", i).isZero();
            clock.advance(Duration.ofSeconds(3)); // 20 per minute; the last at 49:57
        }
        clock.advance(Duration.ofSeconds(570)); // 59:30: the hour is still full
        for (int i = 0; i < 30; i++) {
            assertThat(limit.acquire("rep001", 1)).as("refused %d", i).isPositive();
        }
        // 60:00 and a bit: the first message's hour permit is free again; had the 30 refusals taken minute permits,
        // the minute (59:30-60:30) would now be full
        clock.advance(Duration.ofSeconds(30).plusMillis(1));
        assertThat(limit.acquire("rep001", 1)).isZero();
    }

    @Test
    void membersAreLimitedIndependently() {
        for (int i = 0; i < 30; i++) {
            limit.acquire("rep001", 1);
        }
        assertThat(limit.acquire("rep001", 1)).isPositive();
        assertThat(limit.acquire("rep002", 1)).isZero();
    }
}

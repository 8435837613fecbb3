package com.salesbot.adapters.dingtalk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureReplayGuardTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private final SignatureReplayGuard guard = new SignatureReplayGuard(new InMemoryKeyValueStore(clock));

    @Test
    void aPairIsBoundToTheFirstMessageItSigned() {
        assertThat(guard.admit("1764205200000", "c2lnbg==", "msgA")).isTrue();
        assertThat(guard.admit("1764205200000", "c2lnbg==", "msgA")).as("platform retry").isTrue();
        assertThat(guard.admit("1764205200000", "c2lnbg==", "msgB")).as("replayed with another body").isFalse();
        assertThat(guard.admit("1764205200001", "b3RoZXI=", "msgB")).as("a fresh pair").isTrue();
    }

    @Test
    void theBindingOutlivesTheTwoHourValidityOfAPair() {
        guard.admit("1764205200000", "c2lnbg==", "msgA");
        clock.advance(Duration.ofHours(2));
        assertThat(guard.admit("1764205200000", "c2lnbg==", "msgB")).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(guard.admit("1764205200000", "c2lnbg==", "msgB")).as("long expired anyway").isTrue();
    }
}

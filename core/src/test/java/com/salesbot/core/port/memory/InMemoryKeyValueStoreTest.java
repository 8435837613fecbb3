package com.salesbot.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.contract.KeyValueStoreContract;
import com.salesbot.core.port.contract.Timing;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryKeyValueStore subject = new InMemoryKeyValueStore(clock);

    @Override
    protected KeyValueStore store() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return Timing.movedBy(clock);
    }

    @Test
    void expiredEntriesThatAreNeverReadAgainAreSweptAway() {
        int batch = InMemoryKeyValueStore.SWEEP_EVERY;
        for (int i = 0; i < batch; i++) {
            subject.put("dedupe:" + i, "1", Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < batch - 1; i++) {
            subject.put("fresh:" + i, "1", Duration.ofHours(1));
        }
        assertThat(subject.size()).isEqualTo(2 * batch - 1);

        subject.put("fresh:last", "1", Duration.ofHours(1));

        assertThat(subject.size()).isEqualTo(batch);
        assertThat(subject.get("fresh:0")).contains("1");
    }

    @Test
    void absurdlyLongTtlNeverExpires() {
        subject.put("forever", "v", Duration.ofSeconds(Long.MAX_VALUE));
        clock.advance(Duration.ofDays(365 * 100));

        assertThat(subject.get("forever")).contains("v");
    }
}

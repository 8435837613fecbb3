package com.salesbot.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A scrape reads cached values; only the scheduled refresh touches the stores. */
class CachedGaugesTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InboxStore inbox = mock(InboxStore.class);
    private final OutboxStore outbox = mock(OutboxStore.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void scrapesNeverQueryTheStoresAndShowTheLastRefresh() {
        when(inbox.countPending()).thenReturn(7L);
        when(outbox.count(MessageStatus.PENDING)).thenReturn(3L);
        when(inbox.oldestPendingAt()).thenReturn(clock.millis() - 42_000);
        BotMetrics metrics = new BotMetrics(registry, inbox, outbox, clock);

        assertThat(registry.get("salesbot.inbox.pending").gauge().value()).as("before the first refresh").isNaN();
        verify(inbox, never()).countPending();

        metrics.refresh();
        for (int scrape = 0; scrape < 5; scrape++) {
            assertThat(registry.get("salesbot.inbox.pending").gauge().value()).isEqualTo(7.0);
            assertThat(registry.get("salesbot.outbox.messages").tag("status", "PENDING").gauge().value())
                    .isEqualTo(3.0);
            assertThat(registry.get("salesbot.inbox.oldest.age.seconds").gauge().value()).isEqualTo(42.0);
        }
        verify(inbox, times(1)).countPending();
        verify(outbox, times(1)).count(MessageStatus.PENDING);
    }

    @Test
    void aStoreOutageDuringARefreshShowsNaNInsteadOfFailing() {
        when(inbox.countPending()).thenReturn(7L).thenThrow(new IllegalStateException("database down"));
        BotMetrics metrics = new BotMetrics(registry, inbox, outbox, clock);
        metrics.refresh();
        assertThat(registry.get("salesbot.inbox.pending").gauge().value()).isEqualTo(7.0);
        metrics.refresh();
        assertThat(registry.get("salesbot.inbox.pending").gauge().value()).isNaN();
    }

    @Test
    void rowsSentButNotRecordedAreCountedApartFromSentOnes() {
        BotMetrics metrics = new BotMetrics(registry, inbox, outbox, clock);
        metrics.sent("wecom");
        metrics.unmarked("wecom");
        metrics.unmarked("wecom");
        assertThat(registry.get("salesbot.outbox.deliveries").tag("outcome", "unmarked").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.get("salesbot.outbox.deliveries").tag("outcome", "sent").counter().count())
                .isEqualTo(1.0);
    }
}

package com.salesbot.bot.metrics;

import com.salesbot.bot.channel.CallbackListener;
import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxDelivery;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.salesbot.core.messaging.InboxProcessor;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own meters (Prometheus names in brackets): callbacks by channel and outcome
 * ({@code salesbot_callbacks_total}), outbox deliveries sent/retried/failed by channel
 * ({@code salesbot_outbox_deliveries_total}, outcome sent/retried/unavailable/failed), inbox processing by outcome
 * ({@code salesbot_inbox_processed_total}, outcome done/retried/unavailable/failed), send failures
 * ({@code salesbot_send_failures_total}), pushes by kind ({@code salesbot_pushes_total}), and gauges of inbox pending
 * ({@code salesbot_inbox_pending}), outbox rows by status ({@code salesbot_outbox_messages}) and the oldest pending
 * ages.
 * <p>
 * The gauges are cached: {@link #refresh()} reads the stores on the scheduler's thread every
 * {@code salesbot.metrics.refresh} (default 15 s), never on the event loop serving {@code /prometheus}, so a scrape
 * during a database outage answers at once (with the last values, or NaN before the first successful read).
 */
@Singleton
public class BotMetrics implements CallbackListener, OutboxDelivery.DeliveryListener {
    private static final Logger LOG = LoggerFactory.getLogger(BotMetrics.class);

    private final MeterRegistry registry;
    private final List<CachedGauge> gauges = new ArrayList<>();
    /** Set when the context closes: a refresh that meets a store already shut down is expected then, not news. */
    private volatile boolean closing;

    public BotMetrics(MeterRegistry registry, InboxStore inbox, OutboxStore outbox, Clock clock) {
        this.registry = registry;
        gauge("salesbot.inbox.pending", "Inbox events not yet handled", inbox::countPending, null);
        gauge("salesbot.inbox.oldest.age.seconds", "Age of the oldest pending inbox event (0 when none)",
                () -> ageSeconds(inbox.oldestPendingAt(), clock), null);
        gauge("salesbot.outbox.oldest.age.seconds", "Age of the oldest pending outbox message (0 when none)",
                () -> ageSeconds(outbox.oldestPendingAt(), clock), null);
        for (MessageStatus status : MessageStatus.values()) {
            gauge("salesbot.outbox.messages", "Outbox rows by status", () -> outbox.count(status), status.name());
        }
    }

    /** Reads every gauge's store once and caches the values; a store outage leaves NaN and a warning. */
    @Scheduled(fixedDelay = "${salesbot.metrics.refresh:15s}", initialDelay = "1s")
    public void refresh() {
        for (CachedGauge gauge : gauges) {
            gauge.value = read(gauge.reading);
        }
    }

    @PreDestroy
    void close() {
        closing = true;
    }

    /** A callback arrived on a channel (wecom, dingtalk, sandbox) with an outcome (accepted, duplicate, refused...). */
    @Override
    public void callback(String channel, String outcome) {
        callbackReceived(channel, outcome);
    }

    @Override
    public void recorded(int callbacks) {
        io.micrometer.core.instrument.DistributionSummary.builder("salesbot.inbox.record.batch")
                .description("Callbacks committed together by one inbox write (group commit)")
                .register(registry).record(callbacks);
    }

    public void callbackReceived(String channel, String outcome) {
        Counter.builder("salesbot.callbacks").description("Callbacks by channel and outcome")
                .tag("channel", label(channel)).tag("outcome", label(outcome)).register(registry).increment();
    }

    /** A scheduled or event push of a kind (daily_digest, low_activity, target_health ...) was queued. */
    public void pushSent(String kind) {
        Counter.builder("salesbot.pushes").description("Pushes by kind").tag("kind", label(kind))
                .register(registry).increment();
    }

    /** A channel refused or failed a send (retried or permanent). */
    public void sendFailed(String channel) {
        Counter.builder("salesbot.send.failures").description("Send failures by channel")
                .tag("channel", label(channel)).register(registry).increment();
    }

    @Override
    public void sent(String channel) {
        delivery(channel, "sent");
    }

    @Override
    public void retried(String channel) {
        delivery(channel, "retried");
        sendFailed(channel);
    }

    @Override
    public void unavailable(String channel) {
        delivery(channel, "unavailable");
    }

    @Override
    public void failed(String channel) {
        delivery(channel, "failed");
        sendFailed(channel);
    }

    /** Sent, but the store could not record it: the row goes again with the same dedupe key. */
    @Override
    public void unmarked(String channel) {
        delivery(channel, "unmarked");
    }

    /** The inbox side of {@link InboxProcessor.Listener}: same outcomes, own meter. */
    public InboxProcessor.Listener inboxListener() {
        return new InboxProcessor.Listener() {
            @Override
            public void processed(String channel) {
                inbox(channel, "done");
            }

            @Override
            public void retried(String channel) {
                inbox(channel, "retried");
            }

            @Override
            public void unavailable(String channel) {
                inbox(channel, "unavailable");
            }

            @Override
            public void failed(String channel) {
                inbox(channel, "failed");
            }
        };
    }

    private void inbox(String channel, String outcome) {
        Counter.builder("salesbot.inbox.processed").description("Inbox rows processed by channel and outcome")
                .tag("channel", label(channel)).tag("outcome", outcome).register(registry).increment();
    }

    private void delivery(String channel, String outcome) {
        Counter.builder("salesbot.outbox.deliveries").description("Outbox deliveries by channel and outcome")
                .tag("channel", label(channel)).tag("outcome", outcome).register(registry).increment();
    }

    private void gauge(String name, String description, LongSupplier reading, String status) {
        CachedGauge cached = new CachedGauge(reading);
        gauges.add(cached);
        Gauge.Builder<CachedGauge> builder = Gauge.builder(name, cached, c -> c.value)
                .description(description).strongReference(true);
        if (status != null) {
            builder.tag("status", status);
        }
        builder.register(registry);
    }

    private static long ageSeconds(long since, Clock clock) {
        return since <= 0 ? 0 : Math.max(0, (clock.millis() - since) / 1000);
    }

    /** A store outage must not break the scrape: the gauge shows NaN instead. */
    private double read(LongSupplier reading) {
        try {
            return reading.getAsLong();
        } catch (RuntimeException e) {
            if (closing) {
                return Double.NaN;
            }
            LOG.warn("Metrics gauge could not read its store: {}", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }

    private static final class CachedGauge {
        final LongSupplier reading;
        volatile double value = Double.NaN;

        CachedGauge(LongSupplier reading) {
            this.reading = reading;
        }
    }

    private static String label(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }
}

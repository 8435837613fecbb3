package com.salesbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.messaging.SendProgress;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.testdata.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Backoff with jitter, unavailable-vs-bad classification, fenced completions and per-part progress. */
class RetryAndLeaseTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private final MemoryQueues.Inbox inbox = new MemoryQueues.Inbox();
    private final MemoryQueues.Outbox outbox = new MemoryQueues.Outbox();
    private final TextCodec codec = new TextCodec();
    private final RetryPolicy inboxPolicy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 5,
            Duration.ofSeconds(30), Duration.ofHours(2));

    private final InboundDecoder decoder = new InboundDecoder() {
        @Override
        public String channel() {
            return "test";
        }

        @Override
        public InboundMessage decode(String payload) {
            return new InboundMessage("test", payload, "u1", InboundKind.TEXT, payload, null, null, null, null, null,
                    false, clock.millis());
        }
    };

    @Test
    void backoffScheduleDoublesFromBaseToCapAndJitterAddsAtMostAFifth() {
        RetryPolicy p = RetryPolicy.inboxDefaults();
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8).stream().map(a -> p.delayAfter(a, null).toMillis()).toList())
                .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 60_000L, 60_000L);
        assertThat(p.delayAfter(1, Duration.ofSeconds(60))).as("platform hint wins when longer")
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.withJitter(Duration.ofSeconds(10), 0.0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryPolicy.withJitter(Duration.ofSeconds(10), 0.5)).isEqualTo(Duration.ofSeconds(11));
        assertThat(RetryPolicy.withJitter(Duration.ofSeconds(10), 0.999)).isLessThan(Duration.ofSeconds(12));
        assertThat(RetryPolicy.withJitter(Duration.ofSeconds(10), 7)).as("clamped").isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void whileUnavailableTheDelayGrowsWithTheWaitBetweenBaseAndItsCap() {
        RetryPolicy p = RetryPolicy.inboxDefaults();
        assertThat(p.delayWhileUnavailable(0, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayWhileUnavailable(1_999, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayWhileUnavailable(10_000, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delayWhileUnavailable(59_999, null)).isEqualTo(Duration.ofMillis(29_999));
        assertThat(p.delayWhileUnavailable(3_600_000, null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.givenUp(Duration.ofHours(24).toMillis() - 1)).isFalse();
        assertThat(p.givenUp(Duration.ofHours(24).toMillis())).isTrue();
    }

    @Test
    void outagesAreUnavailableAndBugsAreNot() {
        assertThat(Failures.isUnavailable(new IllegalStateException("tx",
                new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(Failures.isUnavailable(new RuntimeException(new SQLException("gone", "08S01")))).isTrue();
        assertThat(Failures.isUnavailable(new RuntimeException(new SQLException("lock", "HY000", 1205)))).isTrue();
        assertThat(Failures.isUnavailable(new UncheckedIOException(new IOException("reset")))).isTrue();
        assertThat(Failures.isUnavailable(new RuntimeException(new SQLException("dup", "23000", 1062)))).isFalse();
        assertThat(Failures.isUnavailable(new IllegalArgumentException("bad tag"))).isFalse();
        assertThat(Failures.isUnavailable(new NullPointerException())).isFalse();
    }

    @Test
    void anInboxRowWaitingForAnUnavailableDatabaseSpendsNoAttemptsAndIsAnsweredWhenItReturns() {
        AtomicInteger outageLeft = new AtomicInteger(40);
        InboxProcessor p = processor(m -> {
            if (outageLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("cannot get a connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            }
            return List.of(Outgoing.send("test", "u1", new TextMessage("好的")));
        });
        inbox.record("test", "m1", "hello", clock.millis());
        for (int i = 0; i < 40; i++) {
            assertThat(p.processPending(10)).isZero();
            assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.PENDING);
            assertThat(inbox.rows.get(1L).attempts()).isZero();
            clock.advance(Duration.ofSeconds(31));
        }
        assertThat(p.processPending(10)).isEqualTo(1);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.DONE);
        assertThat(outbox.rows).hasSize(1);
    }

    @Test
    void anInboxRowUnavailableBeyondTheGiveUpPeriodFailsWithItsReason() {
        InboxProcessor p = processor(m -> {
            throw new IllegalStateException(new SQLTransientConnectionException("down"));
        });
        inbox.record("test", "m1", "hello", clock.millis());
        p.processPending(10);
        clock.advance(Duration.ofHours(2).minusSeconds(1));
        p.processPending(10);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.PENDING);
        clock.advance(Duration.ofSeconds(31));
        p.processPending(10);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(inbox.rows.get(1L).lastError()).contains("unavailable").contains("down");
    }

    @Test
    void rateLimitWaitsOnTheOutboxDoNotSpendAttemptsButBadRetriesDo() {
        outbox.enqueue("test", "u1", "test|u1|a", null, clock.millis());
        outbox.enqueue("test", "u2", "test|u2|b", null, clock.millis());
        ChannelSender sender = new ChannelSender() {
            @Override
            public String channel() {
                return "test";
            }

            @Override
            public SendResult send(String recipient, OutgoingMessage message) {
                return recipient.equals("u1")
                        ? SendResult.Retry.unavailable(Duration.ofSeconds(60), "wecom errcode=45009")
                        : new SendResult.Retry(Duration.ZERO, "card not delivered");
            }

            @Override
            public SendResult updateCard(String r, String p, String c, Card card) {
                return new SendResult.Sent();
            }
        };
        OutboxDelivery d = new OutboxDelivery(outbox, List.of(sender), codec, RetryPolicy.defaults(), clock, "i1",
                10_000, null, () -> 0.0);
        d.deliverDue(10);
        assertThat(outbox.rows.get(1L).nextAttemptAt() - clock.millis()).as("the 45009 hint").isEqualTo(60_000);
        for (int i = 0; i < 60; i++) { // an hour of 45009
            clock.advance(Duration.ofMinutes(1));
            d.deliverDue(10);
        }
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(outbox.rows.get(1L).attempts()).isZero();
        assertThat(outbox.rows.get(2L).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(outbox.rows.get(2L).lastError()).contains("gave up after 8 attempts");
    }

    @Test
    void aCompletionWithAStolenLeaseChangesNothing() {
        inbox.record("test", "m1", "hello", clock.millis());
        InboxEntry first = inbox.claim("a", 1, clock.millis(), 10_000).get(0);
        clock.advance(Duration.ofSeconds(10));
        InboxEntry second = inbox.claim("b", 1, clock.millis(), 10_000).get(0);
        assertThat(inbox.markDone(first.id(), first.leaseToken())).isFalse();
        assertThat(inbox.retryLater(first.id(), first.leaseToken(), 0, "late", true)).isFalse();
        assertThat(inbox.renew(first.id(), first.leaseToken(), clock.millis() + 10_000)).isFalse();
        assertThat(inbox.rows.get(1L).leaseToken()).isEqualTo(second.leaseToken());
        assertThat(inbox.markDone(second.id(), second.leaseToken())).isTrue();

        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        OutboxEntry a = outbox.claimDue("a", 1, clock.millis(), 10_000).get(0);
        clock.advance(Duration.ofSeconds(10));
        OutboxEntry b = outbox.claimDue("b", 1, clock.millis(), 10_000).get(0);
        assertThat(outbox.reschedule(a.id(), a.leaseToken(), 0, "late", true)).isFalse();
        assertThat(outbox.markSent(a.id(), a.leaseToken(), clock.millis())).isFalse();
        assertThat(outbox.claimDue("c", 1, clock.millis(), 10_000)).as("b still holds it").isEmpty();
        assertThat(outbox.markSent(b.id(), b.leaseToken(), clock.millis())).isTrue();
    }

    @Test
    void aRetryOfAMultiPartMessageResendsOnlyThePartsThatDidNotGoOut() {
        outbox.enqueue("test", "u1", "test|u1|card+image", null, clock.millis());
        List<String> delivered = new ArrayList<>();
        AtomicInteger imageRefusals = new AtomicInteger(1);
        ChannelSender twoParts = new ChannelSender() {
            @Override
            public String channel() {
                return "test";
            }

            @Override
            public SendResult send(String recipient, OutgoingMessage message) {
                throw new AssertionError("the outbox passes its progress");
            }

            @Override
            public SendResult send(String recipient, OutgoingMessage message, SendProgress progress) {
                List<String> parts = List.of("card", "image");
                for (int i = progress.partsDone(); i < parts.size(); i++) {
                    if (parts.get(i).equals("image") && imageRefusals.getAndDecrement() > 0) {
                        return SendResult.Retry.unavailable(Duration.ofSeconds(60), "45033 too many calls");
                    }
                    delivered.add(parts.get(i) + "@" + progress.key());
                    if (!progress.partSent(i + 1)) {
                        return new SendResult.Retry(Duration.ZERO, "lease lost");
                    }
                }
                return new SendResult.Sent();
            }

            @Override
            public SendResult updateCard(String r, String p, String c, Card card) {
                return new SendResult.Sent();
            }
        };
        OutboxDelivery d = new OutboxDelivery(outbox, List.of(twoParts), codec, RetryPolicy.defaults(), clock, "i1",
                10_000, null, () -> 0.0);
        d.deliverDue(10);
        assertThat(outbox.rows.get(1L).partsDone()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(60));
        d.deliverDue(10);
        assertThat(delivered).containsExactly("card@outbox-1", "image@outbox-1");
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.DONE);
    }

    private InboxProcessor processor(InboundHandler handler) {
        return new InboxProcessor(inbox, new OutboxWriter(outbox, codec), List.of(decoder), handler,
                Transactions.none(), clock, "i1", 10_000, inboxPolicy, () -> 0.0);
    }
}

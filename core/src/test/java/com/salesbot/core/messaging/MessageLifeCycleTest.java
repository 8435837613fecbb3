package com.salesbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageLifeCycleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private final MemoryQueues.Inbox inbox = new MemoryQueues.Inbox();
    private final MemoryQueues.Outbox outbox = new MemoryQueues.Outbox();
    private final TextCodec codec = new TextCodec();
    private final AtomicInteger handled = new AtomicInteger();

    private final InboundDecoder decoder = new InboundDecoder() {
        @Override
        public String channel() {
            return "test";
        }

        @Override
        public InboundMessage decode(String payload) {
            if (payload.startsWith("garbage")) {
                throw new IllegalArgumentException("not a message");
            }
            return new InboundMessage("test", payload, "u1", InboundKind.TEXT, payload, null, null, null, null, null,
                    false, clock.millis());
        }
    };

    private InboxProcessor processor(InboundHandler handler) {
        return new InboxProcessor(inbox, new OutboxWriter(outbox, codec), List.of(decoder), handler,
                Transactions.none(), clock, "i1",
                10_000, new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 3, Duration.ofSeconds(30),
                Duration.ofHours(2)), () -> 0.0);
    }

    private final InboundHandler echo = m -> {
        handled.incrementAndGet();
        return List.of(Outgoing.send("test", m.senderPlatformId(), new TextMessage("收到：" + m.text())));
    };

    @Test
    void platformRetryIsRecordedOnceAndAnsweredOnce() {
        assertThat(inbox.record("test", "m1", "hello", clock.millis())).isTrue();
        assertThat(inbox.record("test", "m1", "hello", clock.millis())).isFalse();
        assertThat(processor(echo).processPending(10)).isEqualTo(1);
        assertThat(processor(echo).processPending(10)).isZero();
        assertThat(handled).hasValue(1);
        assertThat(outbox.rows).hasSize(1);
        assertThat(outbox.rows.get(1L).payload()).isEqualTo("test|u1|收到：hello");
    }

    @Test
    void aRowProcessedAgainAfterACrashDoesNotSendTwice() {
        inbox.record("test", "m1", "hello", clock.millis());
        processor(echo).processPending(10);
        // Simulate a lost completion: the row is pending again, its replies already enqueued.
        inbox.loseCompletion(1);
        processor(echo).processPending(10);
        assertThat(handled).hasValue(2);
        assertThat(outbox.rows).hasSize(1);
    }

    @Test
    void undecodablePayloadFailsVisiblyWithoutCallingTheHandler() {
        inbox.record("test", "m1", "garbage", clock.millis());
        processor(echo).processPending(10);
        assertThat(handled).hasValue(0);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(inbox.rows.get(1L).lastError()).contains("undecodable");
    }

    @Test
    void handlerFailureIsRetriedWithBackoffThenKeptAsFailed() {
        InboundHandler broken = m -> {
            throw new IllegalStateException("no such customer");
        };
        inbox.record("test", "m1", "hello", clock.millis());
        processor(broken).processPending(10);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(inbox.rows.get(1L).attempts()).isEqualTo(1);
        assertThat(processor(broken).processPending(10)).as("waits 1 s").isZero();
        assertThat(inbox.rows.get(1L).attempts()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        processor(broken).processPending(10);
        assertThat(inbox.rows.get(1L).attempts()).isEqualTo(2);
        clock.advance(Duration.ofMillis(1_999));
        processor(broken).processPending(10);
        assertThat(inbox.rows.get(1L).attempts()).as("then waits 2 s").isEqualTo(2);
        clock.advance(Duration.ofMillis(1));
        processor(broken).processPending(10);
        assertThat(inbox.rows.get(1L).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(inbox.rows.get(1L).attempts()).isEqualTo(3);
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void transientSendFailureIsRetriedWithBackoffThenSent() {
        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        ScriptedSender sender = new ScriptedSender(new SendResult.Retry(Duration.ZERO, "busy"), new SendResult.Sent());
        OutboxDelivery delivery = delivery(sender);

        assertThat(delivery.deliverDue(10)).isZero();
        OutboxEntry row = outbox.rows.get(1L);
        assertThat(row.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(row.nextAttemptAt() - clock.millis()).isEqualTo(5_000);
        assertThat(delivery.deliverDue(10)).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(5));
        assertThat(delivery.deliverDue(10)).isEqualTo(1);
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.DONE);
        assertThat(sender.sent).hasSize(2);
    }

    @Test
    void retryAfterHintFromThePlatformIsHonoured() {
        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        delivery(new ScriptedSender(new SendResult.Retry(Duration.ofMinutes(1), "rate limited"))).deliverDue(10);
        assertThat(outbox.rows.get(1L).nextAttemptAt() - clock.millis()).isEqualTo(60_000);
    }

    @Test
    void permanentFailureStaysVisibleAndIsNotRetried() {
        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        ScriptedSender sender = new ScriptedSender(new SendResult.Permanent("81013 user not found"));
        delivery(sender).deliverDue(10);
        clock.advance(Duration.ofHours(1));
        delivery(sender).deliverDue(10);
        assertThat(sender.sent).hasSize(1);
        assertThat(outbox.failed(10)).singleElement()
                .satisfies(r -> assertThat(r.lastError()).contains("81013"));
    }

    @Test
    void retriesStopAfterTheLimitAndTheRowIsKept() {
        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        ScriptedSender sender = new ScriptedSender(new SendResult.Retry(Duration.ZERO, "timeout"));
        OutboxDelivery delivery = new OutboxDelivery(outbox, List.of(sender), codec,
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 3), clock, "i1", 10_000, null, () -> 0.0);
        for (int i = 0; i < 10; i++) {
            delivery.deliverDue(10);
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(sender.sent).hasSize(3);
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.FAILED);
        assertThat(outbox.rows.get(1L).lastError()).contains("gave up after 3 attempts");
    }

    @Test
    void senderExceptionCountsAsTransient() {
        outbox.enqueue("test", "u1", "test|u1|hi", null, clock.millis());
        ChannelSender throwing = new ScriptedSender() {
            @Override
            public SendResult send(String recipient, OutgoingMessage message) {
                throw new IllegalStateException("socket closed");
            }
        };
        delivery(throwing).deliverDue(10);
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(outbox.rows.get(1L).lastError()).contains("socket closed");
    }

    @Test
    void unknownChannelFailsVisibly() {
        outbox.enqueue("nowhere", "u1", "nowhere|u1|hi", null, clock.millis());
        delivery(new ScriptedSender()).deliverDue(10);
        assertThat(outbox.rows.get(1L).status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void backoffDoublesAndIsCapped() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 8);
        assertThat(p.delayAfter(1, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.delayAfter(2, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delayAfter(4, null)).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.delayAfter(20, null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.exhausted(7)).isFalse();
        assertThat(p.exhausted(8)).isTrue();
    }

    private OutboxDelivery delivery(ChannelSender sender) {
        return new OutboxDelivery(outbox, List.of(sender), codec, RetryPolicy.defaults(), clock, "i1", 10_000, null,
                () -> 0.0);
    }

    private static class ScriptedSender implements ChannelSender {
        final Deque<SendResult> script;
        final List<String> sent = new ArrayList<>();
        private SendResult last = new SendResult.Sent();

        ScriptedSender(SendResult... results) {
            script = new ArrayDeque<>(List.of(results));
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public SendResult send(String recipient, OutgoingMessage message) {
            sent.add(recipient + ":" + ((TextMessage) message).text());
            if (!script.isEmpty()) {
                last = script.poll();
            }
            return last;
        }

        @Override
        public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
            return new SendResult.Sent();
        }
    }
}

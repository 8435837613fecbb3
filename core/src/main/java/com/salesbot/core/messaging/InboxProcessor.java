package com.salesbot.core.messaging;

import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Step 4 of the message life cycle: claims recorded callbacks with a short lease (kept alive while a row is in hand),
 * runs the handler, and writes the replies to the outbox and the row's completion in one transaction. The completion
 * presents the lease token: if another instance took the row meanwhile, the transaction rolls back and nothing is
 * written twice. Replies carry a dedupe key derived from the platform event id as a second guard.
 * <p>
 * Failures follow {@link RetryPolicy}: an unavailable dependency (Redis, database, network) is retried with backoff
 * without spending attempts; a message that fails by itself spends attempts and becomes FAILED with its reason.
 */
public final class InboxProcessor implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InboxProcessor.class.getName());

    private final InboxStore inbox;
    private final OutboxWriter outbox;
    private final Map<String, InboundDecoder> decoders;
    private final InboundHandler handler;
    private final Transactions transactions;
    private final Clock clock;
    private final String owner;
    private final long leaseMillis;
    private final RetryPolicy retry;
    private final DoubleSupplier random;
    private final LeaseKeeper keeper;
    private volatile Listener listener = Listener.NONE;

    public InboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                          InboundHandler handler, Transactions transactions, Clock clock, String owner,
                          long leaseMillis, RetryPolicy retry, DoubleSupplier random) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.decoders = decoders.stream().collect(Collectors.toMap(InboundDecoder::channel, Function.identity()));
        this.handler = handler;
        this.transactions = transactions;
        this.clock = clock;
        this.owner = owner;
        this.leaseMillis = leaseMillis;
        this.retry = retry;
        this.random = random == null ? () -> ThreadLocalRandom.current().nextDouble() : random;
        this.keeper = new LeaseKeeper("inbox-lease-keeper", leaseMillis);
    }

    /** With the inbox defaults of {@link RetryPolicy} except the number of attempts, and real jitter. */
    public InboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                          InboundHandler handler, Transactions transactions, Clock clock, String owner,
                          long leaseMillis, int maxAttempts) {
        this(inbox, outbox, decoders, handler, transactions, clock, owner, leaseMillis,
                withAttempts(RetryPolicy.inboxDefaults(), maxAttempts), null);
    }

    private static RetryPolicy withAttempts(RetryPolicy p, int maxAttempts) {
        return new RetryPolicy(p.base(), p.cap(), maxAttempts, p.unavailableCap(), p.giveUpAfter());
    }

    /** Observes outcomes (metrics). */
    public InboxProcessor listener(Listener listener) {
        this.listener = listener == null ? Listener.NONE : listener;
        return this;
    }

    /** Processes up to max pending rows; returns how many completed. */
    public int processPending(int max) {
        List<InboxEntry> claimed = inbox.claim(owner, max, clock.millis(), leaseMillis);
        int done = 0;
        for (InboxEntry entry : claimed) {
            // a row whose lease ran out before its turn may be in another instance's hands by now: leave it
            if (!inbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis)) {
                continue;
            }
            try (LeaseKeeper.Held held = keeper.hold("inbox " + entry.id(),
                    () -> inbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis))) {
                if (process(entry)) {
                    done++;
                }
            }
        }
        return done;
    }

    private boolean process(InboxEntry entry) {
        InboundDecoder decoder = decoders.get(entry.channel());
        if (decoder == null) {
            fail(entry, "no decoder for channel " + entry.channel());
            return false;
        }
        InboundMessage message;
        try {
            message = decoder.decode(entry.payload());
        } catch (RuntimeException e) {
            fail(entry, "undecodable payload: " + e.getMessage());
            return false;
        }
        try {
            AfterCommit.collect(() -> transactions.inTransaction(() -> {
                List<Outgoing> replies = handler.handle(message);
                long now = clock.millis();
                for (int i = 0; i < replies.size(); i++) {
                    String key = "reply:" + entry.channel() + ":" + entry.eventId() + ":" + i;
                    outbox.enqueue(replies.get(i).withDedupeKey(key), now);
                }
                if (!inbox.markDone(entry.id(), entry.leaseToken())) {
                    throw new LeaseLost();
                }
                return replies.size();
            }));
            listener.processed(entry.channel());
            return true;
        } catch (LeaseLost lost) {
            LOG.warning(() -> "inbox " + entry.id() + ": lease taken by another instance; its work was rolled back");
            return false;
        } catch (RuntimeException e) {
            retryOrFail(entry, e);
            return false;
        }
    }

    private void retryOrFail(InboxEntry entry, RuntimeException e) {
        long now = clock.millis();
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        try {
            if (Failures.isUnavailable(e)) {
                long waited = now - entry.receivedAt();
                if (retry.givenUp(waited)) {
                    fail(entry, "dependency unavailable for " + Duration.ofMillis(waited) + ": " + error);
                    return;
                }
                Duration delay = RetryPolicy.withJitter(retry.delayWhileUnavailable(waited, null), random.getAsDouble());
                inbox.retryLater(entry.id(), entry.leaseToken(), now + delay.toMillis(), error, false);
                listener.unavailable(entry.channel());
                LOG.warning(() -> "inbox " + entry.id() + ": dependency unavailable, retry in " + delay.toMillis()
                        + " ms without spending an attempt: " + error);
                return;
            }
            int attempts = entry.attempts() + 1;
            if (retry.exhausted(attempts)) {
                fail(entry, "gave up after " + attempts + " attempts: " + error);
                LOG.log(Level.SEVERE, "inbox " + entry.id() + " failed for good", e);
                return;
            }
            Duration delay = RetryPolicy.withJitter(retry.delayAfter(attempts, null), random.getAsDouble());
            inbox.retryLater(entry.id(), entry.leaseToken(), now + delay.toMillis(), error, true);
            listener.retried(entry.channel());
            LOG.log(Level.WARNING, "inbox " + entry.id() + " failed (attempt " + attempts + "), retry in "
                    + delay.toMillis() + " ms", e);
        } catch (RuntimeException markFailed) {
            // the store itself is down: the lease runs out and the row is claimed again later
            LOG.warning(() -> "inbox " + entry.id() + ": cannot record the failure ("
                    + markFailed.getClass().getSimpleName() + "); retried when its lease ends");
        }
    }

    private void fail(InboxEntry entry, String reason) {
        inbox.markFailed(entry.id(), entry.leaseToken(), reason);
        listener.failed(entry.channel());
        LOG.warning(() -> "inbox " + entry.id() + " (" + entry.channel() + ") FAILED: " + reason);
    }

    @Override
    public void close() {
        keeper.close();
    }

    /** Thrown inside the transaction when the row is no longer ours, so the replies roll back with it. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("lease lost", null, false, false);
        }
    }

    /** Observes outcomes (metrics). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void processed(String channel) {
        }

        default void retried(String channel) {
        }

        default void unavailable(String channel) {
        }

        default void failed(String channel) {
        }
    }
}

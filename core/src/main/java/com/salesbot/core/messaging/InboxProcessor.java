package com.salesbot.core.messaging;

import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * With {@link #batchSize} above 1 several rows share that transaction (one commit and one completion statement per
 * batch instead of per row), falling back to row by row when the batch fails.
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
    private volatile int batchSize = 1;

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

    /**
     * Processes several rows in one transaction (default 1: row by row). A batch takes at most one row per sender,
     * so a sender's next message always sees the previous one committed and its after-commit actions done; should
     * the batch fail (one row's handler throws, a lease was lost, the database went away) it rolls back as a whole
     * and its rows are processed again one by one, each with its own retry or failure.
     */
    public InboxProcessor batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Processes up to max pending rows; returns how many completed. */
    public int processPending(int max) {
        List<InboxEntry> claimed = inbox.claim(owner, max, clock.millis(), leaseMillis);
        if (claimed.isEmpty()) {
            return 0;
        }
        if (batchSize == 1) {
            int done = 0;
            for (InboxEntry entry : claimed) {
                done += processAlone(entry) ? 1 : 0;
            }
            return done;
        }
        // every claimed row's lease is kept alive (one statement per renewal) until the row is finished
        Set<Long> inHand = ConcurrentHashMap.newKeySet();
        claimed.forEach(e -> inHand.add(e.id()));
        String token = claimed.get(0).leaseToken();
        try (LeaseKeeper.Held held = keeper.hold("inbox batch of " + claimed.size(),
                () -> inHand.isEmpty() || inbox.renewAll(List.copyOf(inHand), token,
                        clock.millis() + leaseMillis) > 0)) {
            List<Decoded> decoded = new ArrayList<>();
            for (InboxEntry entry : claimed) {
                InboundMessage message = decodeOrFail(entry);
                if (message == null) {
                    inHand.remove(entry.id());
                } else {
                    decoded.add(new Decoded(entry, message));
                }
            }
            int done = 0;
            for (List<Decoded> batch : batches(decoded)) {
                done += processBatch(batch);
                batch.forEach(d -> inHand.remove(d.entry().id()));
            }
            return done;
        }
    }

    /** In claim order, cut so that no batch holds two rows of one sender or more than batchSize rows. */
    private List<List<Decoded>> batches(List<Decoded> decoded) {
        List<List<Decoded>> batches = new ArrayList<>();
        List<Decoded> current = new ArrayList<>();
        Set<String> senders = new HashSet<>();
        for (Decoded d : decoded) {
            String sender = d.entry().channel() + "\u001f" + d.message().senderPlatformId();
            if (current.size() == batchSize || senders.contains(sender)) {
                batches.add(current);
                current = new ArrayList<>();
                senders.clear();
            }
            current.add(d);
            senders.add(sender);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private int processBatch(List<Decoded> batch) {
        if (batch.size() == 1) {
            return processHeld(batch.get(0)) ? 1 : 0;
        }
        List<Long> ids = batch.stream().map(d -> d.entry().id()).toList();
        String token = batch.get(0).entry().leaseToken();
        try {
            AfterCommit.collect(() -> transactions.inTransaction(() -> {
                List<List<Outgoing>> answers = handler.handleAll(batch.stream().map(Decoded::message).toList());
                List<Outgoing> replies = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    replies.addAll(keyed(batch.get(i).entry(), answers.get(i)));
                }
                outbox.enqueueAll(replies, clock.millis());
                if (inbox.markAllDone(ids, token) != ids.size()) {
                    throw new LeaseLost();
                }
                return batch.size();
            }));
        } catch (RuntimeException e) {
            LOG.fine(() -> "inbox batch of " + batch.size() + " rolled back (" + e.getClass().getSimpleName()
                    + "); processing its rows one by one");
            int done = 0;
            for (Decoded d : batch) {
                // a lost lease shows here: the row is left to whoever holds it now
                if (inbox.renew(d.entry().id(), d.entry().leaseToken(), clock.millis() + leaseMillis)
                        && processHeld(d)) {
                    done++;
                }
            }
            return done;
        }
        batch.forEach(d -> listener.processed(d.entry().channel()));
        return batch.size();
    }

    /** Row by row: the lease is checked, kept alive while the row is in hand, and the row processed alone. */
    private boolean processAlone(InboxEntry entry) {
        // a row whose lease ran out before its turn may be in another instance's hands by now: leave it
        if (!inbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis)) {
            return false;
        }
        try (LeaseKeeper.Held held = keeper.hold("inbox " + entry.id(),
                () -> inbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis))) {
            InboundMessage message = decodeOrFail(entry);
            return message != null && processHeld(new Decoded(entry, message));
        }
    }

    /** The decoded message, or null after marking the row FAILED (no decoder, undecodable payload). */
    private InboundMessage decodeOrFail(InboxEntry entry) {
        InboundDecoder decoder = decoders.get(entry.channel());
        if (decoder == null) {
            fail(entry, "no decoder for channel " + entry.channel());
            return null;
        }
        try {
            return decoder.decode(entry.payload());
        } catch (RuntimeException e) {
            fail(entry, "undecodable payload: " + e.getMessage());
            return null;
        }
    }

    /** The replies with dedupe keys derived from the platform's event id, so a reprocessed row queues nothing new. */
    private static List<Outgoing> keyed(InboxEntry entry, List<Outgoing> replies) {
        List<Outgoing> keyed = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            keyed.add(replies.get(i).withDedupeKey("reply:" + entry.channel() + ":" + entry.eventId() + ":" + i));
        }
        return keyed;
    }

    private boolean processHeld(Decoded d) {
        InboxEntry entry = d.entry();
        try {
            AfterCommit.collect(() -> transactions.inTransaction(() -> {
                List<Outgoing> replies = handler.handle(d.message());
                outbox.enqueueAll(keyed(entry, replies), clock.millis());
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

    private record Decoded(InboxEntry entry, InboundMessage message) {
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

package com.salesbot.core.messaging;

import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Step 4 of the message life cycle: claims recorded callbacks with a lease, runs the handler, and writes the
 * replies to the outbox and the row's completion in one transaction. Replies carry a dedupe key derived from
 * the platform event id, so a row processed twice (a crash between commit and ack of the lease) never sends twice.
 */
public final class InboxProcessor {
    private static final Logger LOG = Logger.getLogger(InboxProcessor.class.getName());

    private final InboxStore inbox;
    private final OutboxWriter outbox;
    private final Map<String, InboundDecoder> decoders;
    private final InboundHandler handler;
    private final Transactions transactions;
    private final Clock clock;
    private final String owner;
    private final long leaseMillis;
    private final int maxAttempts;

    public InboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                          InboundHandler handler, Transactions transactions, Clock clock, String owner,
                          long leaseMillis, int maxAttempts) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.decoders = decoders.stream().collect(Collectors.toMap(InboundDecoder::channel, Function.identity()));
        this.handler = handler;
        this.transactions = transactions;
        this.clock = clock;
        this.owner = owner;
        this.leaseMillis = leaseMillis;
        this.maxAttempts = maxAttempts;
    }

    /** Processes up to max pending rows; returns how many completed. */
    public int processPending(int max) {
        List<InboxEntry> claimed = inbox.claim(owner, max, clock.millis(), leaseMillis);
        int done = 0;
        for (InboxEntry entry : claimed) {
            if (process(entry)) {
                done++;
            }
        }
        return done;
    }

    private boolean process(InboxEntry entry) {
        InboundDecoder decoder = decoders.get(entry.channel());
        if (decoder == null) {
            inbox.markFailed(entry.id(), "no decoder for channel " + entry.channel(), true);
            return false;
        }
        InboundMessage message;
        try {
            message = decoder.decode(entry.payload());
        } catch (RuntimeException e) {
            inbox.markFailed(entry.id(), "undecodable payload: " + e.getMessage(), true);
            LOG.warning(() -> "inbox " + entry.id() + " (" + entry.channel() + ") cannot be decoded: " + e.getMessage());
            return false;
        }
        try {
            transactions.inTransaction(() -> {
                List<Outgoing> replies = handler.handle(message);
                long now = clock.millis();
                for (int i = 0; i < replies.size(); i++) {
                    String key = "reply:" + entry.channel() + ":" + entry.eventId() + ":" + i;
                    outbox.enqueue(replies.get(i).withDedupeKey(key), now);
                }
                inbox.markDone(entry.id());
                return replies.size();
            });
            return true;
        } catch (RuntimeException e) {
            boolean permanent = entry.attempts() + 1 >= maxAttempts;
            inbox.markFailed(entry.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), permanent);
            LOG.log(permanent ? Level.SEVERE : Level.WARNING,
                    "inbox " + entry.id() + " failed (attempt " + (entry.attempts() + 1) + ")", e);
            return false;
        }
    }
}

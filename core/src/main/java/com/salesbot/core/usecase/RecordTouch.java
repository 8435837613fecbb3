package com.salesbot.core.usecase;

import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import java.util.List;

/**
 * A touch happened (a call, a visit): stores it and queues its R2 one-tap result card in the same transaction, so
 * there is never a touch without its prompt or a prompt without its touch. Shared by every way a touch arrives
 * (the touch API, the sandbox's call-ended).
 */
public final class RecordTouch {
    private final TouchStore touches;
    private final ResultFeature results;
    private final OutboxWriter outbox;
    private final Transactions transactions;

    public RecordTouch(TouchStore touches, ResultFeature results, OutboxWriter outbox,
                       Transactions transactions) {
        this.touches = touches;
        this.results = results;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * @param dedupePrefix the result card's outbox dedupe key is {@code <prefix><touch id>:<n>}, so the same stored
     *                     touch never queues its card twice
     * @return the stored touch (with its id)
     */
    public Touch record(Touch touch, String dedupePrefix, long now) {
        return transactions.inTransaction(() -> {
            Touch stored = touches.insert(touch);
            List<Outgoing> replies = results.flow().promptForTouch(stored, now);
            for (int i = 0; i < replies.size(); i++) {
                outbox.enqueue(replies.get(i).withDedupeKey(dedupePrefix + stored.id() + ":" + i), now);
            }
            return stored;
        });
    }
}

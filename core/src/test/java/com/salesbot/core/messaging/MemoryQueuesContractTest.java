package com.salesbot.core.messaging;

import java.util.List;
import com.salesbot.core.port.contract.MessagingStoreContract;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;

/** The life-cycle tests' in-memory inbox and outbox hold to the same contract as the MySQL stores. */
class MemoryQueuesContractTest extends MessagingStoreContract {
    private MemoryQueues.Inbox memoryInbox;
    private MemoryQueues.Outbox memoryOutbox;

    @Override
    protected InboxStore emptyInbox() {
        memoryInbox = new MemoryQueues.Inbox();
        return memoryInbox;
    }

    @Override
    protected OutboxStore emptyOutbox() {
        memoryOutbox = new MemoryQueues.Outbox();
        return memoryOutbox;
    }

    @Override
    protected String inboxStatus(long id) {
        return memoryInbox.rows.get(id).status().name();
    }

    @Override
    protected String inboxLastError(long id) {
        return memoryInbox.rows.get(id).lastError();
    }

    @Override
    protected int outboxAttempts(long id) {
        return memoryOutbox.rows.get(id).attempts();
    }

    @Override
    protected List<String> inboxEventIds() {
        return memoryInbox.rows.values().stream().map(InboxEntry::eventId).toList();
    }

    @Override
    protected List<Long> outboxIds() {
        return List.copyOf(memoryOutbox.rows.keySet());
    }
}

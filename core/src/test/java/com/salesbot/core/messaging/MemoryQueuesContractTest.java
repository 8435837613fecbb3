package com.salesbot.core.messaging;

import com.salesbot.core.port.contract.MessagingStoreContract;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;

/** The life-cycle tests' in-memory inbox and outbox hold to the same contract as the MySQL stores. */
class MemoryQueuesContractTest extends MessagingStoreContract {
    private MemoryQueues.Inbox memoryInbox;

    @Override
    protected InboxStore emptyInbox() {
        memoryInbox = new MemoryQueues.Inbox();
        return memoryInbox;
    }

    @Override
    protected OutboxStore emptyOutbox() {
        return new MemoryQueues.Outbox();
    }

    @Override
    protected String inboxStatus(long id) {
        return memoryInbox.rows.get(id).status().name();
    }

    @Override
    protected String inboxLastError(long id) {
        return memoryInbox.rows.get(id).lastError();
    }
}

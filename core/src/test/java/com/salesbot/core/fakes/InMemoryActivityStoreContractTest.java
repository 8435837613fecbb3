package com.salesbot.core.fakes;

import com.salesbot.core.port.contract.ActivityStoreContract;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.TouchStore;

/** The in-memory touch and conversation fakes hold to the same contract as the MySQL stores. */
class InMemoryActivityStoreContractTest extends ActivityStoreContract {
    @Override
    protected TouchStore touchStore() {
        return new InMemoryTouchStore();
    }

    @Override
    protected ConversationStore conversationStore() {
        return new InMemoryConversationStore();
    }
}

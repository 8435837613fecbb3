package com.salesbot.adapters.mysql.store;

import com.salesbot.core.port.contract.ActivityStoreContract;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.TouchStore;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.function.Supplier;

/** Core's activity-store contract on the MyBatis stores; the H2 and MariaDB subclasses choose the database. */
abstract class MyBatisActivityStoreContract extends ActivityStoreContract {
    @Inject
    TouchStore injectedTouches;
    @Inject
    ConversationStore injectedConversations;
    @Inject
    TransactionOperations<Connection> tx;

    @Override
    protected TouchStore touchStore() {
        return injectedTouches;
    }

    @Override
    protected ConversationStore conversationStore() {
        return injectedConversations;
    }

    @Override
    protected <T> T inRolledBackTransaction(Supplier<T> work) {
        return tx.executeWrite(status -> {
            T result = work.get();
            status.setRollbackOnly();
            return result;
        });
    }
}

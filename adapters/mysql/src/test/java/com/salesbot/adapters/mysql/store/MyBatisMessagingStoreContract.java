package com.salesbot.adapters.mysql.store;

import com.salesbot.core.port.contract.MessagingStoreContract;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import jakarta.inject.Inject;
import java.util.List;

/** Core's inbox/outbox contract on the MyBatis stores; the H2 and MariaDB subclasses choose the database. */
abstract class MyBatisMessagingStoreContract extends MessagingStoreContract {
    @Inject
    InboxStore injectedInbox;
    @Inject
    OutboxStore injectedOutbox;
    @Inject
    SqlProbe sql;

    @Override
    protected InboxStore emptyInbox() throws Exception {
        sql.deleteAll("inbox", "outbox");
        return injectedInbox;
    }

    @Override
    protected OutboxStore emptyOutbox() {
        return injectedOutbox;
    }

    @Override
    protected String inboxStatus(long id) throws Exception {
        return sql.column("SELECT status FROM inbox WHERE id = ?", id).get(0);
    }

    @Override
    protected String inboxLastError(long id) throws Exception {
        return sql.column("SELECT last_error FROM inbox WHERE id = ?", id).get(0);
    }

    @Override
    protected int outboxAttempts(long id) throws Exception {
        return Integer.parseInt(sql.column("SELECT attempts FROM outbox WHERE id = ?", id).get(0));
    }

    @Override
    protected List<String> inboxEventIds() throws Exception {
        return sql.column("SELECT event_id FROM inbox ORDER BY id");
    }

    @Override
    protected List<Long> outboxIds() throws Exception {
        return sql.column("SELECT id FROM outbox ORDER BY id").stream().map(Long::valueOf).toList();
    }
}

package com.salesbot.adapters.mysql.store;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Writes through three stores in one outer transaction, then optionally fails. */
@Singleton
public class RollbackProbe {
    private final OrgStore orgStore;
    private final CustomerStore customerStore;
    private final InboxStore inboxStore;

    public RollbackProbe(OrgStore orgStore, CustomerStore customerStore, InboxStore inboxStore) {
        this.orgStore = orgStore;
        this.customerStore = customerStore;
        this.inboxStore = inboxStore;
    }

    @Transactional
    public void write(Team team, Customer customer, String eventId, boolean fail) {
        orgStore.saveTeam(team);
        customerStore.save(customer);
        inboxStore.record("wecom", eventId, "{}", 1L);
        if (fail) {
            throw new IllegalStateException("boom after three writes");
        }
    }
}

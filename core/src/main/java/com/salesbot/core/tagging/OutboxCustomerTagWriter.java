package com.salesbot.core.tagging;

import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * R16 write-back through the outbox: one {@link CustomerTagUpdate} row per customer and tag set, sent to the
 * customer's WeCom external contact as seen by the rep, retried with backoff by the outbox like any message. The
 * same tag set for the same rep and customer is queued once (dedupe key). Customers without a WeCom external id
 * and reps without a WeCom user id are skipped: there is nothing to mark.
 */
public final class OutboxCustomerTagWriter implements CustomerTagWriter {
    public static final String CHANNEL = "wecom";

    private final OutboxWriter outbox;
    private final OrgStore org;
    private final CustomerStore customers;
    private final Clock clock;

    public OutboxCustomerTagWriter(OutboxWriter outbox, OrgStore org, CustomerStore customers, Clock clock) {
        this.outbox = outbox;
        this.org = org;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public void writeTags(String repId, String customerId, Collection<String> tags) {
        Optional<String> external = customers.find(customerId).map(Customer::wecomExternalUserId)
                .filter(id -> id != null && !id.isBlank());
        Optional<String> member = org.findRep(repId).map(Rep::wecomUserId).filter(id -> id != null && !id.isBlank());
        List<String> sorted = List.copyOf(new TreeSet<>(tags));
        if (external.isEmpty() || member.isEmpty() || sorted.isEmpty()) {
            return;
        }
        outbox.enqueue(Outgoing.send(CHANNEL, member.get(), new CustomerTagUpdate(external.get(), sorted))
                .withDedupeKey("customer-tags:" + repId + ":" + customerId + ":" + String.join("+", sorted)),
                clock.millis());
    }
}

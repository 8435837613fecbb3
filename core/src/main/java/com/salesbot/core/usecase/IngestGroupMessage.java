package com.salesbot.core.usecase;

import com.salesbot.core.chat.SenderDirectory;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.tagging.GroupCustomers;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import com.salesbot.core.tagging.RowResult;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A text arrives in a customer group the bot is in: it is stored and tagged like an archived message. The group's
 * customer comes from {@link GroupCustomers}; a sender who is a rep makes the message OUT from that rep, anyone
 * else makes it IN to the customer's owner. The platform's message id is the client message id, so a redelivered
 * message is reported as a duplicate and stored once.
 */
public final class IngestGroupMessage {
    private static final Logger LOG = Logger.getLogger(IngestGroupMessage.class.getName());

    private final GroupCustomers groups;
    private final SenderDirectory senders;
    private final CustomerStore customers;
    private final IngestConversations ingest;

    public IngestGroupMessage(GroupCustomers groups, SenderDirectory senders, CustomerStore customers,
                              IngestConversations ingest) {
        this.groups = groups;
        this.senders = senders;
        this.customers = customers;
        this.ingest = ingest;
    }

    /** The ingestion result, or empty when the message is not a text from a group mapped to a customer. */
    public Optional<RowResult> ingest(InboundMessage message) {
        if (!message.groupChat() || message.kind() != InboundKind.TEXT || message.text() == null) {
            return Optional.empty();
        }
        Optional<String> customerId = groups.customerOf(message.channel(), message.groupId());
        if (customerId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rep> rep = senders.find(message.channel(), message.senderPlatformId());
        String repId = rep.map(Rep::id).orElseGet(() -> customers.find(customerId.get())
                .map(Customer::ownerRepId).orElse(null));
        if (repId == null) {
            LOG.warning(() -> "group message " + message.eventId() + " not tagged: customer " + customerId.get()
                    + " has no owner rep and the sender is not a rep");
            return Optional.empty();
        }
        Direction direction = rep.isPresent() ? Direction.OUT : Direction.IN;
        return Optional.of(ingest.ingest(List.of(new IngestRow(message.eventId(), message.channel(), repId,
                customerId.get(), direction.name(), message.receivedAt(), message.text(), null, null))).get(0));
    }
}

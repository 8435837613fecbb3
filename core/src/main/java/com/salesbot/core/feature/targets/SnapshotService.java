package com.salesbot.core.feature.targets;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.TouchLeadIn;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.ServiceTicketStore;
import com.salesbot.core.rules.snapshot.CustomerSnapshot;
import com.salesbot.core.rules.snapshot.SnapshotBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R17 data snapshot as one short card headed 近30天, for the check-in, call-ended and touches-API paths to send
 * before the result prompt. No card at all when the customer has no orders, tickets or searches in the window.
 */
public final class SnapshotService implements TouchLeadIn {
    private final TargetsDataStore data;
    private final ServiceTicketStore tickets;
    private final SnapshotBuilder builder = new SnapshotBuilder(SnapshotBuilder.DEFAULT_DAYS);

    private final CustomerStore customers;

    public SnapshotService(TargetsDataStore data, ServiceTicketStore tickets, CustomerStore customers) {
        this.data = data;
        this.customers = customers;
        this.tickets = tickets;
    }

    public Optional<CustomerSnapshot> snapshot(String customerId, long now) {
        if (customerId == null || customerId.isBlank()) {
            return Optional.empty();
        }
        long from = builder.windowStart(now);
        return builder.build(customerId, now, data.ordersOf(customerId, from, now + 1),
                tickets.openedBetween(List.of(customerId), from, now + 1),
                data.kbSearchesOf(customerId, from, now + 1));
    }

    /** The lead-in of the result prompt: the customer's 近30天 card, if there is anything to show. */
    @Override
    public Optional<OutgoingMessage> before(Touch touch, long now) {
        if (touch.customerId() == null) {
            return Optional.empty();
        }
        String name = customers.find(touch.customerId()).map(Customer::name).orElse(null);
        return card(touch.customerId(), name, now).map(c -> c);
    }

    /** The 近30天 card, empty when there is nothing to show. */
    public Optional<Card> card(String customerId, String customerName, long now) {
        return snapshot(customerId, now).map(s -> {
            List<CardField> fields = new ArrayList<>();
            if (s.orders() != null) {
                fields.add(new CardField("订单履约", s.orders(), s.orders().contains("待履约")));
            }
            if (s.tickets() != null) {
                fields.add(new CardField("服务工单", s.tickets(), s.tickets().contains("未响应")
                        || s.tickets().contains("重大投诉")));
            }
            if (!s.kbKeywords().isEmpty()) {
                fields.add(new CardField("知识库搜索", String.join("、", s.kbKeywords()), false));
            }
            return new Card("近30天 · " + (customerName == null ? customerId : customerName), Tone.NORMAL,
                    List.of(), fields, null, List.of(), null, null);
        });
    }
}

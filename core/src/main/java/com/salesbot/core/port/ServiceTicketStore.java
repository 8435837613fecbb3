package com.salesbot.core.port;

import com.salesbot.core.model.ServiceTicket;
import java.util.Collection;
import java.util.List;

/** Service-desk tickets by customer; upsert by ticket id (re-import replaces). */
public interface ServiceTicketStore {
    void saveAll(Collection<ServiceTicket> tickets);

    /** Tickets of these customers opened in [fromMs, toMs), oldest first. */
    List<ServiceTicket> openedBetween(Collection<String> customerIds, long fromMs, long toMs);
}

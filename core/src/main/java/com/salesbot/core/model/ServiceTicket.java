package com.salesbot.core.model;

/**
 * A customer-service ticket (imported from the service desk): feeds R21's customer-health coefficient (response
 * time, major complaints that forfeit a bonus part) and R17's 近30天 snapshot.
 *
 * @param id              the service desk's ticket id
 * @param openedAt        epoch ms
 * @param firstResponseAt epoch ms of the first answer to the customer, 0 while unanswered
 * @param closedAt        epoch ms, 0 while open
 * @param major           true for a major complaint (重大投诉)
 * @param summary         one line, may be null
 */
public record ServiceTicket(String id, String customerId, String repId, long openedAt, long firstResponseAt,
                            long closedAt, boolean major, String summary) {
    public ServiceTicket {
        Require.text(id, "ticket id");
        Require.text(customerId, "customer id of ticket " + id);
        Require.notNegative(openedAt, "ticket opened at");
        Require.notNegative(firstResponseAt, "ticket first response");
        Require.notNegative(closedAt, "ticket closed at");
    }

    /** Minutes from opening to the first answer, -1 while unanswered. */
    public long responseMinutes() {
        return firstResponseAt == 0 ? -1 : Math.max(0, (firstResponseAt - openedAt) / 60_000);
    }
}

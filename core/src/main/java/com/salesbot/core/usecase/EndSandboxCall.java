package com.salesbot.core.usecase;

import com.salesbot.core.model.Customer;
import com.salesbot.core.scope.DataScope;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import java.time.Clock;
import java.util.NoSuchElementException;

/**
 * A person trying the bot in the sandbox says "a call with this customer just ended": the call becomes a touch
 * (source {@code sandbox}) and its R2 result card is queued, exactly as for a touch from a phone system.
 */
public final class EndSandboxCall {
    public static final int MAX_CALL_SECONDS = 24 * 3600;
    static final String SOURCE = "sandbox";

    /** @param customerId null for a call with no known customer */
    public record Command(String repId, String customerId, int durationSeconds) {
    }

    private final OrgStore org;
    private final CustomerStore customers;
    private final RecordTouch touches;
    private final Clock clock;

    public EndSandboxCall(OrgStore org, CustomerStore customers, RecordTouch touches, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.touches = touches;
        this.clock = clock;
    }

    /**
     * @return the stored touch
     * @throws IllegalArgumentException for a duration outside 0..24 h
     * @throws NoSuchElementException   for an unknown or inactive person, or an unknown customer
     * @throws SecurityException        for a customer outside the person's data scope
     */
    public Touch end(Command command) {
        Rep rep = org.findRep(command.repId()).filter(Rep::active)
                .orElseThrow(() -> new NoSuchElementException("no active person with id " + command.repId()));
        int seconds = command.durationSeconds();
        if (seconds < 0 || seconds > MAX_CALL_SECONDS) {
            throw new IllegalArgumentException("durationSeconds must be between 0 and " + MAX_CALL_SECONDS);
        }
        String customerId = command.customerId();
        if (customerId != null) {
            Customer customer = customers.find(customerId)
                    .orElseThrow(() -> new NoSuchElementException("unknown customer " + customerId));
            Rep owner = customer.ownerRepId() == null ? null : org.findRep(customer.ownerRepId()).orElse(null);
            if (!DataScope.canChange(rep, owner)) {
                throw new SecurityException("customer " + customerId + " is not in the scope of " + rep.id());
            }
        }
        long now = clock.millis();
        return touches.record(new Touch(0, rep.id(), customerId, TouchKind.CALL, now - seconds * 1000L, seconds,
                null, null, 0, SOURCE, null), "sandbox-touch:", now);
    }
}

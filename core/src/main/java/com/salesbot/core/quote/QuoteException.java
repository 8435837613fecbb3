package com.salesbot.core.quote;

/** A quote that cannot be issued; the message is the Chinese reason shown to the rep or the API caller. */
public final class QuoteException extends RuntimeException {
    public enum Reason { NOT_FOUND, FORBIDDEN, INVALID }

    private final Reason reason;

    public QuoteException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package com.salesbot.core.messaging;

/** State of an inbox or outbox row. FAILED is permanent and stays visible. */
public enum MessageStatus {
    PENDING, DONE, FAILED
}

package com.salesbot.core.workbench;

/** The requester's data scope does not reach what was asked for; the message is for people (Simplified Chinese). */
public final class WorkbenchDenied extends RuntimeException {
    public WorkbenchDenied(String message) {
        super(message);
    }
}

package com.salesbot.core.model;

/** How a rep touched a customer. */
public enum TouchKind {
    CALL, VISIT, CHAT, MEETING
}

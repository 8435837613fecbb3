package com.salesbot.core.model;

/** Life cycle of an opportunity. */
public enum OpportunityStatus {
    OPEN, WON, LOST
}

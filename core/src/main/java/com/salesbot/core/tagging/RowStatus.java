package com.salesbot.core.tagging;

/** What happened to one ingested row. */
public enum RowStatus {
    STORED, DUPLICATE, INVALID
}

package com.salesbot.adapters.mysql.store;

import java.util.UUID;

/** A fresh token per claim call, so a claim reads back exactly the rows its own UPDATE leased. */
final class LeaseTokens {
    private LeaseTokens() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}

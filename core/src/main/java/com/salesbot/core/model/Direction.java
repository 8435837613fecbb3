package com.salesbot.core.model;

/** Who wrote a customer message: the rep (OUT) or the customer (IN). */
public enum Direction {
    IN, OUT
}

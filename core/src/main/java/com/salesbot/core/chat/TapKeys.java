package com.salesbot.core.chat;

import java.util.Optional;

/** Reads the parts of a card button's key. */
public final class TapKeys {
    private TapKeys() {
    }

    /** The numeric id a button carries; empty when the key is not a number (an old card, a forged callback). */
    public static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package com.salesbot.core.card;

/** A one-tap button; {@code key} comes back in the click callback. */
public record CardButton(String key, String label, boolean primary) {
}

package com.salesbot.core.card;

/** A label/value line such as 完成率 / 62%; highlighted values are shown in the card's tone colour. */
public record CardField(String label, String value, boolean highlight) {
}

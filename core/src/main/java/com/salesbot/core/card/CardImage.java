package com.salesbot.core.card;

/** A PNG shown in a card (heatmap, target bullet ...); channels upload it as media. */
public record CardImage(String name, byte[] png, String alt) {
}

package com.salesbot.core.card;

/** The colour of a card's header: red warning, green success and so on. */
public enum Tone {
    NORMAL, SUCCESS, WARNING, DANGER
}

package com.salesbot.core.messaging;

/** What a verified platform message is, once decoded. */
public enum InboundKind {
    /** A person typed text to the bot. */
    TEXT,
    /** A person tapped a card button or submitted card choices. */
    CARD_ACTION,
    /** Opened the chat with the bot, or another event the bot may greet on. */
    ENTER_CHAT,
    /** Anything else; recorded and ignored. */
    OTHER
}

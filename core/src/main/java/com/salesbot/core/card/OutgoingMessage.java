package com.salesbot.core.card;

/** Something the bot says, independent of the channel; each channel adapter renders it. */
public sealed interface OutgoingMessage permits TextMessage, Card, CustomerTagUpdate, FileMessage {
}

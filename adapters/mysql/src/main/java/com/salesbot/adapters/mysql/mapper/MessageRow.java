package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.ChatMessage;

/** One row of a multi-row message insert; MyBatis writes the row's AUTO_INCREMENT id here. */
public final class MessageRow {
    private final ChatMessage message;
    private long id;

    public MessageRow(ChatMessage message) {
        this.message = message;
    }

    public ChatMessage getMessage() {
        return message;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}

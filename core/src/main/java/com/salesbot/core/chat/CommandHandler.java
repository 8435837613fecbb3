package com.salesbot.core.chat;

import java.util.List;

/** Answers one typed command; {@code arguments} is what followed the phrase ("" when nothing did). */
@FunctionalInterface
public interface CommandHandler {
    List<Reply> handle(ChatRequest request, String arguments);
}

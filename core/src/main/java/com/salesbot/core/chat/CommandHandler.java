package com.salesbot.core.chat;

import com.salesbot.core.messaging.Outgoing;
import java.util.List;

/** Answers one typed command; {@code arguments} is what followed the phrase ("" when nothing did). */
@FunctionalInterface
public interface CommandHandler {
    List<Outgoing> handle(ChatRequest request, String arguments);
}

package com.salesbot.core.chat;

import com.salesbot.core.chat.text.IntentMatch;
import java.util.List;

/** Answers one command (目标, 对比, ...). */
@FunctionalInterface
public interface IntentHandler {
    List<Reply> handle(ChatRequest request, IntentMatch intent);
}

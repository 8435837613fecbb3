package com.salesbot.core.chat;

import java.util.List;

/** The command menu: the help line of every registered command the sender may use, in registration order. */
@FunctionalInterface
public interface HelpMenu {
    String TITLE = "我能帮你做这些";

    /** @param understood false when the menu answers something that was not understood */
    List<Reply> show(ChatRequest request, boolean understood);
}

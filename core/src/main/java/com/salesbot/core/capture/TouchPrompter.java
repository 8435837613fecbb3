package com.salesbot.core.capture;

import com.salesbot.core.chat.Reply;
import com.salesbot.core.model.Touch;
import java.util.List;

/** The R2 result prompt for a stored touch (the chat engine's), empty when none is due. */
@FunctionalInterface
public interface TouchPrompter {
    List<Reply> promptFor(Touch touch);
}

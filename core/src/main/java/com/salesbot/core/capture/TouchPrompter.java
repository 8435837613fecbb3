package com.salesbot.core.capture;

import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Touch;
import java.util.List;

/** The R2 result prompt for a stored touch (the chat engine's), empty when none is due. */
@FunctionalInterface
public interface TouchPrompter {
    List<Outgoing> promptFor(Touch touch);
}

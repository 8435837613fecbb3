package com.salesbot.core.chat;

import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.model.Touch;
import java.util.Optional;

/**
 * Something shown just before the R2 result prompt of a logged touch (打卡, call ended, the touches API), e.g. the
 * R17 近30天 snapshot of the customer. Empty when there is nothing to show.
 */
@FunctionalInterface
public interface TouchLeadIn {
    Optional<OutgoingMessage> before(Touch touch, long now);

    TouchLeadIn NONE = (touch, now) -> Optional.empty();
}

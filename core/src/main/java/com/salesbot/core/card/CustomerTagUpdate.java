package com.salesbot.core.card;

import com.salesbot.core.model.Require;
import java.util.List;

/**
 * Not something said: scenario tags to mark on a customer's platform contact (R16 write-back, WeCom corp customer
 * tags), queued in the outbox like any send so it is retried with backoff. The outbox row's recipient is the member
 * (rep) whose view of the external contact gets the tags.
 */
public record CustomerTagUpdate(String externalUserId, List<String> tags) implements OutgoingMessage {
    public CustomerTagUpdate {
        Require.text(externalUserId, "external user id");
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("a tag update needs at least one tag");
        }
    }
}

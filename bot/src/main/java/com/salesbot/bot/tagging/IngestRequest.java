package com.salesbot.bot.tagging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code POST /api/conversations}: a batch of messages. */
@Serdeable
public record IngestRequest(@Nullable List<IngestMessage> messages) {
    /** One message; see core IngestRow for the meaning of each field. */
    @Serdeable
    public record IngestMessage(@Nullable String clientMsgId, @Nullable String channel, @Nullable String repId,
                                @Nullable String customerId, @Nullable String direction, @Nullable Long sentAt,
                                @Nullable String text, @Nullable String attachmentName,
                                @Nullable String attachmentSha256) {
    }
}

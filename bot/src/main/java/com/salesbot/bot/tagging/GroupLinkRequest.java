package com.salesbot.bot.tagging;

import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/groups/{conversationId}}. */
@Serdeable
public record GroupLinkRequest(String customerId) {
}

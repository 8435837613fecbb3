package com.salesbot.bot.tagging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code POST /api/tag}.
 *
 * @param direction OUT (default: a rep's message, compliance is checked) or IN (a customer's)
 * @param ndaSigned whether to assume the customer signed the NDA (default false)
 */
@Serdeable
public record TagPreviewRequest(@Nullable String text, @Nullable String direction, @Nullable Boolean ndaSigned) {
}

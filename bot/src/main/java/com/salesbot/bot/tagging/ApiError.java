package com.salesbot.bot.tagging;

import io.micronaut.serde.annotation.Serdeable;

/** A 400 answer: what is wrong with the request, in Chinese. */
@Serdeable
public record ApiError(String error) {
}

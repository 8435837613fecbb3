package com.salesbot.bot.tagging;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Scenario tags and signals of a previewed text, best first. */
@Serdeable
public record TagPreviewResponse(List<TagView> scenarios, List<TagView> signals) {
    /** Micronaut serde leaves empty lists out of the JSON; reading such a body back gives empty lists again. */
    public TagPreviewResponse {
        scenarios = scenarios == null ? List.of() : scenarios;
        signals = signals == null ? List.of() : signals;
    }
}

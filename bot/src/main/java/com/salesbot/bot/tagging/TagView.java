package com.salesbot.bot.tagging;

import com.salesbot.core.model.TagAssignment;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A tag as the API shows it. */
@Serdeable
public record TagView(String tag, double confidence, List<String> evidence) {
    public TagView {
        evidence = evidence == null ? List.of() : evidence;
    }

    static TagView of(TagAssignment t) {
        return new TagView(t.tag(), t.confidence(), t.evidence());
    }

    static List<TagView> of(List<TagAssignment> tags) {
        return tags.stream().map(TagView::of).toList();
    }
}

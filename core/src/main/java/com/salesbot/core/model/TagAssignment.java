package com.salesbot.core.model;

import java.util.List;

/** A tag given to a message or a conversation, with its confidence (0..1) and the evidence behind it. */
public record TagAssignment(String tag, TagKind kind, double confidence, List<String> evidence) {
    public TagAssignment {
        Require.text(tag, "tag");
        Require.present(kind, "tag kind");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}

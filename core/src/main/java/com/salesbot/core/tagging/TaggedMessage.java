package com.salesbot.core.tagging;

import com.salesbot.core.model.TagAssignment;
import java.util.List;

/** A message's tags (scenarios and signals, compliance hits included) and its R12 findings. */
public record TaggedMessage(TagResult result, List<ComplianceHit> complianceHits) {
    public TaggedMessage {
        complianceHits = List.copyOf(complianceHits);
    }

    public List<TagAssignment> tags() {
        return result.all();
    }
}

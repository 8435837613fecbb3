package com.salesbot.core.tagging;

import com.salesbot.core.model.TagAssignment;
import java.util.ArrayList;
import java.util.List;

/** What the tagger found in one text: scenario tags and signals, each best first. */
public record TagResult(List<TagAssignment> scenarios, List<TagAssignment> signals) {
    public TagResult {
        scenarios = List.copyOf(scenarios);
        signals = List.copyOf(signals);
    }

    public List<TagAssignment> all() {
        List<TagAssignment> all = new ArrayList<>(scenarios);
        all.addAll(signals);
        return all;
    }

    public boolean hasSignal(String tag) {
        return signals.stream().anyMatch(s -> s.tag().equals(tag));
    }
}

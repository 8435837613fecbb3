package com.salesbot.core.tagging;

import com.salesbot.core.model.TagAssignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conversation's tags: every tag any of its messages got, at the highest confidence seen, with the evidence of
 * the messages (at most {@link #MAX_EVIDENCE} items per tag), best first.
 */
public final class ConversationTags {
    static final int MAX_EVIDENCE = 6;

    private ConversationTags() {
    }

    public static List<TagAssignment> merge(List<TagAssignment> current, List<TagAssignment> added) {
        Map<String, TagAssignment> byTag = new LinkedHashMap<>();
        for (TagAssignment t : current) {
            byTag.put(t.kind() + "/" + t.tag(), t);
        }
        for (TagAssignment t : added) {
            byTag.merge(t.kind() + "/" + t.tag(), t, ConversationTags::combine);
        }
        List<TagAssignment> out = new ArrayList<>(byTag.values());
        out.sort(Comparator.comparing(TagAssignment::kind)
                .thenComparing(Comparator.comparingDouble(TagAssignment::confidence).reversed()));
        return out;
    }

    private static TagAssignment combine(TagAssignment a, TagAssignment b) {
        Set<String> evidence = new LinkedHashSet<>(a.evidence());
        for (String e : b.evidence()) {
            if (evidence.size() >= MAX_EVIDENCE) {
                break;
            }
            evidence.add(e);
        }
        return new TagAssignment(a.tag(), a.kind(), Math.max(a.confidence(), b.confidence()),
                new ArrayList<>(evidence));
    }
}

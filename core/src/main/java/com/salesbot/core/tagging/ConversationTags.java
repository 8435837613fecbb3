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
    private static final Comparator<TagAssignment> ORDER = Comparator.comparing(TagAssignment::kind)
            .thenComparing(Comparator.comparingDouble(TagAssignment::confidence).reversed());

    private ConversationTags() {
    }

    public static List<TagAssignment> merge(List<TagAssignment> current, List<TagAssignment> added) {
        if (adds(current, added)) {
            return fullMerge(current, added);
        }
        return current; // the usual case for a long conversation: every tag is there with full evidence
    }

    /**
     * Whether merging {@code added} would change {@code current} (the same list is returned otherwise, so no map
     * and no sort for the usual case). Unchanged means: current is already in merge order with one entry per tag,
     * and each added tag finds its entry at a confidence as high, with distinct evidence that is full or holds the
     * added evidence already.
     */
    private static boolean adds(List<TagAssignment> current, List<TagAssignment> added) {
        for (TagAssignment t : added) {
            TagAssignment had = find(current, t);
            if (had == null || t.confidence() > had.confidence()) {
                return true;
            }
            List<String> evidence = had.evidence();
            if (evidence.size() < MAX_EVIDENCE && !evidence.containsAll(t.evidence())) {
                return true;
            }
        }
        for (int i = 0; i < current.size(); i++) {
            TagAssignment c = current.get(i);
            if (i > 0 && ORDER.compare(current.get(i - 1), c) > 0 || !distinct(c.evidence())) {
                return true;
            }
            for (int j = 0; j < i; j++) {
                if (sameTag(current.get(j), c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TagAssignment find(List<TagAssignment> tags, TagAssignment wanted) {
        for (TagAssignment t : tags) {
            if (sameTag(t, wanted)) {
                return t;
            }
        }
        return null;
    }

    private static boolean sameTag(TagAssignment a, TagAssignment b) {
        return a.kind() == b.kind() && a.tag().equals(b.tag());
    }

    private static boolean distinct(List<String> evidence) {
        for (int i = 1; i < evidence.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (evidence.get(i).equals(evidence.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The merge itself: a map by kind and tag in the order first seen, then a stable sort. */
    static List<TagAssignment> fullMerge(List<TagAssignment> current, List<TagAssignment> added) {
        Map<String, TagAssignment> byTag = new LinkedHashMap<>();
        for (TagAssignment t : current) {
            byTag.put(t.kind() + "/" + t.tag(), t);
        }
        for (TagAssignment t : added) {
            byTag.merge(t.kind() + "/" + t.tag(), t, ConversationTags::combine);
        }
        List<TagAssignment> out = new ArrayList<>(byTag.values());
        out.sort(ORDER);
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

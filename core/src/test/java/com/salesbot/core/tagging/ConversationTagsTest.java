package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversationTagsTest {
    private static final TagAssignment ASK = tag("询价", TagKind.SCENARIO, 0.9, "询价: 多少钱");
    private static final TagAssignment RENEW = tag("续费", TagKind.SCENARIO, 0.7, "续费: 续约");

    private static TagAssignment tag(String name, TagKind kind, double confidence, String... evidence) {
        return new TagAssignment(name, kind, confidence, List.of(evidence));
    }

    @Test
    void keepsTheHighestConfidenceAndAddsEvidenceUpToSixBestFirst() {
        List<TagAssignment> merged = ConversationTags.merge(List.of(RENEW),
                List.of(tag("续费", TagKind.SCENARIO, 0.95, "续费: 到期"), ASK));
        assertThat(merged).containsExactly(tag("续费", TagKind.SCENARIO, 0.95, "续费: 续约", "续费: 到期"), ASK);

        List<TagAssignment> full = List.of(tag("询价", TagKind.SCENARIO, 0.9, "a", "b", "c", "d", "e", "f"));
        assertThat(ConversationTags.merge(full, List.of(tag("询价", TagKind.SCENARIO, 0.6, "g"))))
                .isEqualTo(full);
        assertThat(ConversationTags.merge(List.of(tag("询价", TagKind.SCENARIO, 0.9, "a", "b", "c", "d", "e")),
                List.of(tag("询价", TagKind.SCENARIO, 0.6, "f", "g")))).isEqualTo(full);
    }

    @Test
    void aMessageThatAddsNothingLeavesTheSameListAndOneThatAddsGetsANewOne() {
        List<TagAssignment> current = List.of(ASK, RENEW);
        assertThat(ConversationTags.merge(current, List.of(tag("询价", TagKind.SCENARIO, 0.8, "询价: 多少钱"))))
                .isSameAs(current);
        assertThat(ConversationTags.merge(current, List.of(tag("询价", TagKind.SCENARIO, 0.8, "询价: 报价"))))
                .isNotSameAs(current)
                .containsExactly(tag("询价", TagKind.SCENARIO, 0.9, "询价: 多少钱", "询价: 报价"), RENEW);
        // not in merge order yet: sorted even though no tag changes
        assertThat(ConversationTags.merge(List.of(RENEW, ASK), List.of())).containsExactly(ASK, RENEW);
    }

    /** The shortcut for merges that change nothing gives exactly what the full merge gives, on random lists. */
    @Test
    void theShortcutAgreesWithTheFullMergeOnRandomLists() {
        Random random = new Random(42);
        int unchanged = 0;
        for (int n = 0; n < 20_000; n++) {
            List<TagAssignment> current = randomTags(random);
            if (random.nextInt(3) > 0) {
                current = ConversationTags.fullMerge(List.of(), current); // as stored: merged before, so in order and distinct
            }
            List<TagAssignment> added = randomTags(random);
            List<TagAssignment> merged = ConversationTags.merge(current, added);
            assertThat(merged).as("merge %s into %s", added, current).isEqualTo(ConversationTags.fullMerge(current, added));
            if (merged == current) {
                unchanged++;
            }
        }
        assertThat(unchanged).as("merges that took the shortcut").isGreaterThan(1_000);
    }

    private static List<TagAssignment> randomTags(Random random) {
        List<String> names = List.of("询价", "投诉", "续费", "价格敏感");
        List<TagAssignment> tags = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            List<String> evidence = new ArrayList<>();
            for (int e = random.nextInt(8); e > 0; e--) {
                evidence.add("e" + random.nextInt(8));
            }
            tags.add(new TagAssignment(names.get(random.nextInt(names.size())),
                    random.nextBoolean() ? TagKind.SCENARIO : TagKind.SIGNAL, (1 + random.nextInt(4)) / 4.0, evidence));
        }
        return tags;
    }
}

package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LuceneKnowledgeMatcherTest {
    private static final double MIN = Thresholds.defaults().knowledgeMatchMinScore();
    private final KnowledgeIndex index = KnowledgeFixture.shippedIndex();

    @Test
    void aHitExactlyAtTheMinimumIsShownAndOneJustBelowIsNot() {
        double score = index.best("担心数据泄露").orElseThrow().score();

        assertThat(new LuceneKnowledgeMatcher(index, t -> "", score).match("担心数据泄露")).isPresent();
        assertThat(new LuceneKnowledgeMatcher(index, t -> "", Math.nextUp(score)).match("担心数据泄露")).isEmpty();
    }

    @Test
    void theDefaultThresholdSeparatesAWeakFromAGoodMatch() {
        LuceneKnowledgeMatcher matcher = new LuceneKnowledgeMatcher(index, t -> "", MIN);
        double good = index.best("他说价格有点高").orElseThrow().score();
        double weak = index.best("约下次拜访").orElseThrow().score();

        assertThat(good).isGreaterThanOrEqualTo(MIN);
        assertThat(matcher.match("他说价格有点高")).isPresent();
        assertThat(weak).isPositive().isLessThan(MIN);
        assertThat(matcher.match("约下次拜访")).isEmpty();
    }

    @Test
    void aTaggedTouchIsMatchedByItsTagAndNote() {
        LuceneKnowledgeMatcher matcher = new LuceneKnowledgeMatcher(index,
                new TouchPainPoint(BusinessConfig.defaultResultTags()), MIN);

        Optional<KnowledgeMatch> budget = matcher.bestMatch(touch("budget_unclear", null));
        Optional<KnowledgeMatch> tech = matcher.bestMatch(touch("tech_support_needed", null));
        Optional<KnowledgeMatch> noted = matcher.bestMatch(touch("quoted", "嫌贵，想要打折"));

        assertThat(budget).map(KnowledgeMatch::title).contains("预算审批卡住或要等下季度");
        assertThat(budget.orElseThrow().score()).isGreaterThanOrEqualTo(MIN);
        assertThat(budget.orElseThrow().talkTrack()).startsWith("“明白，预算有节奏很正常。")
                .hasSizeLessThanOrEqualTo(Snippets.MAX_CHARS + 1);
        assertThat(tech).map(KnowledgeMatch::title).contains("与客户现有系统的集成对接");
        assertThat(noted).map(KnowledgeMatch::title).contains("价格敏感型客户的议价应对");
    }

    @Test
    void neutralTagsWithoutANoteMatchNothing() {
        LuceneKnowledgeMatcher matcher = new LuceneKnowledgeMatcher(index,
                new TouchPainPoint(BusinessConfig.defaultResultTags()), MIN);

        for (String tag : List.of("demo_booked", "quoted", "next_visit")) {
            assertThat(matcher.bestMatch(touch(tag, null))).as(tag).isEmpty();
        }
    }

    @Test
    void anEmptyKnowledgeBaseAnswersNothing() {
        LuceneKnowledgeMatcher matcher = new LuceneKnowledgeMatcher(KnowledgeIndex.build(List.of()), t -> "预算", MIN);

        assertThat(matcher.match("财务说预算要等下季度")).isEmpty();
        assertThat(matcher.bestMatch(touch("budget_unclear", null))).isEmpty();
    }

    @Test
    void aMinimumOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new LuceneKnowledgeMatcher(index, t -> "", 1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LuceneKnowledgeMatcher(index, t -> "", -0.01))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Touch touch(String tag, String note) {
        return new Touch(7, "r1", "c1", TouchKind.VISIT, 1_000, 600, tag, note, 2_000, "chat", null);
    }
}

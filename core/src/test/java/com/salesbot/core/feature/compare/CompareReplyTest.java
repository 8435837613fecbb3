package com.salesbot.core.feature.compare;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.port.Comparison;
import com.salesbot.core.chat.port.Comparison.Unit;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareReplyTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").build());

    @Test
    void answersTheSixComparisonsAndMarksTheOnesBehind() {
        h.comparisons.addAll(List.of(
                new Comparison("有效触达数", 42, 50, "同组TOP3", Unit.NUMBER, true),
                new Comparison("线索转化率", 0.18, 0.25, "同组TOP3", Unit.PERCENT, true),
                new Comparison("赢单率", 0.4, 0.4, "同组TOP3", Unit.PERCENT, true),
                new Comparison("平均客单价", 12_000_000, 9_000_000, "同组TOP3", Unit.FEN, true),
                new Comparison("成交周期（天）", 35, 28.5, "同组TOP3", Unit.NUMBER, false),
                new Comparison("客户复购率", 0.4, 0.35, "行业基准（制造业）", Unit.PERCENT, true)));
        Card card = onlyCard(h.say(rep, "对比"));
        assertThat(card.title()).isEqualTo("我的对比 · 11月");
        assertThat(card.tone()).isEqualTo(Tone.WARNING);
        assertThat(card.fields()).hasSize(6);
        assertThat(card.fields()).filteredOn(CardField::highlight).extracting(CardField::label)
                .containsExactly("有效触达数（对比同组TOP3）", "线索转化率（对比同组TOP3）", "成交周期（天）（对比同组TOP3）");
        assertThat(card.fields().get(1).value()).isEqualTo("我 18% / 25% ↓");
        assertThat(card.fields().get(3).value()).isEqualTo("我 12万元 / 9万元 ↑");
        assertThat(card.fields().get(4).value()).isEqualTo("我 35 / 28.5 ↓");
        assertThat(card.fields().get(5).label()).contains("行业基准");
        assertThat(card.lines().get(0)).contains("3 项落后");
    }

    @Test
    void nothingBehindIsPraised() {
        h.comparisons.add(new Comparison("赢单率", 0.5, 0.4, "同组TOP3", Unit.PERCENT, true));
        Card card = onlyCard(h.say(rep, "/compare"));
        assertThat(card.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(card.lines().get(0)).contains("不落后");
    }

    @Test
    void noDataYetIsSaidPlainly() {
        assertThat(onlyText(h.say(rep, "我的对比"))).contains("对比数据还不够");
    }
}

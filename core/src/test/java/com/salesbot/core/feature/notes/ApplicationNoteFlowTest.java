package com.salesbot.core.feature.notes;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.port.ApplicationNote;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationNoteFlowTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").build());

    @Test
    void theNextFreeTextIsTheNoteAndTheRequestEnds() {
        List<Reply> ask = h.engine.requestApplicationNote(rep, "L-pricing", "高价值客户定价策略");
        Card card = onlyCard(ask);
        assertThat(ask.get(0).recipient()).isEqualTo("wx-r1");
        assertThat(card.title()).contains("《高价值客户定价策略》");
        assertThat(card.inputHint()).isEqualTo("应用笔记");
        assertThat(h.engine.applicationNotePending("r1")).isTrue();

        assertThat(onlyText(h.say(rep, "华新机械报价时先讲交付周期再谈折扣"))).contains("应用笔记收到了").contains("提醒已经停止");
        assertThat(h.notes).containsExactly(new ApplicationNote("r1", "L-pricing", "高价值客户定价策略",
                "华新机械报价时先讲交付周期再谈折扣", h.clock.millis()));
        assertThat(h.engine.applicationNotePending("r1")).isFalse();
        assertThat(onlyCard(h.say(rep, "还有别的吗")).title()).as("only one note is taken").isEqualTo("我能帮你做这些");
        assertThat(h.notes).hasSize(1);
    }

    @Test
    void commandsAndOpenPromptsComeFirst() {
        h.engine.requestApplicationNote(rep, "L-pricing", "高价值客户定价策略");
        assertThat(onlyCard(h.say(rep, "帮助")).title()).isEqualTo("我能帮你做这些");
        h.customer("c1", "华新机械", "r1");
        Card result = (Card) h.engine.promptForTouch(h.endedCall(rep, "c1", 60)).get(0).message();
        h.tap(rep, result.promptId(), result.buttons().get(0).key());
        assertThat(onlyText(h.say(rep, "客户要样品"))).contains("备注记下了");
        assertThat(h.notes).isEmpty();
        assertThat(onlyText(h.say(rep, "先讲价值再谈价格"))).contains("应用笔记收到了");
        assertThat(h.notes).extracting(ApplicationNote::text).containsExactly("先讲价值再谈价格");
    }

    @Test
    void eachRepOwesTheirOwnNote() {
        Rep other = h.add(RepBuilder.rep("r2").build());
        h.engine.requestApplicationNote(rep, "L-pricing", "高价值客户定价策略");
        assertThat(onlyCard(h.say(other, "随便说说")).title()).isEqualTo("我能帮你做这些");
        assertThat(h.engine.applicationNotePending("r1")).isTrue();
        assertThat(h.engine.applicationNotePending("r2")).isFalse();
    }
}

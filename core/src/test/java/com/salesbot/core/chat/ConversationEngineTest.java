package com.salesbot.core.chat;

import static com.salesbot.core.chat.ChatHarness.all;
import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").name("张三").build());
    private final Rep manager = h.add(RepBuilder.manager("m1", "T1"));

    @Test
    void anUnknownSenderIsToldToAskTheAdminNotIgnored() {
        List<Outgoing> replies = h.engine.handle(h.text("stranger", "目标"));
        assertThat(onlyText(replies)).contains("还没有开通").contains("销售运营管理员");
        assertThat(replies.get(0).recipient()).isEqualTo("stranger");
        assertThat(replies.get(0).channel()).isEqualTo("wecom");
    }

    @Test
    void someoneWhoLeftIsNotServed() {
        Rep gone = h.add(RepBuilder.rep("r9").inactive().build());
        assertThat(onlyText(h.say(gone, "目标"))).contains("还没有开通");
    }

    @Test
    void theBotsOwnAndEmptyMessagesGetNoReply() {
        assertThat(h.engine.handle(h.text(ChatHarness.BOT, "目标"))).isEmpty();
        assertThat(h.say(rep, "   ")).isEmpty();
        assertThat(h.say(rep, "　")).isEmpty();
        assertThat(h.engine.handle(new InboundMessage("wecom", "x", "wx-r1", InboundKind.OTHER, null, null, null,
                null, null, null, false, 0))).isEmpty();
    }

    @Test
    void resolvesSendersOnEveryChannel() {
        InboundMessage ding = new InboundMessage("dingtalk", "d1", "dt-r1", InboundKind.TEXT, "帮助", null, null, null,
                null, null, false, 0);
        InboundMessage sandbox = new InboundMessage("sandbox", "s1", "r1", InboundKind.TEXT, "帮助", null, null, null,
                null, null, false, 0);
        assertThat(h.engine.handle(ding).get(0).recipient()).isEqualTo("dt-r1");
        assertThat(onlyCard(h.engine.handle(ding)).title()).isEqualTo("我能帮你做这些");
        assertThat(onlyCard(h.engine.handle(sandbox)).title()).isEqualTo("我能帮你做这些");
        InboundMessage wrongChannelId = new InboundMessage("dingtalk", "d2", "wx-r1", InboundKind.TEXT, "帮助", null,
                null, null, null, null, false, 0);
        assertThat(onlyText(h.engine.handle(wrongChannelId))).contains("还没有开通");
    }

    @Test
    void aBatchIsAnsweredMessageByMessageWithItsSendersLookedUpTogether() {
        Rep gone = h.add(RepBuilder.rep("r9").inactive().build());
        List<InboundMessage> batch = List.of(
                h.text("wx-r1", "帮助"),
                h.text("stranger", "目标"),
                new InboundMessage("dingtalk", "d1", "dt-r1", InboundKind.TEXT, "帮助", null, null, null, null, null,
                        false, 0),
                h.text(gone.wecomUserId(), "目标"),
                new InboundMessage("sandbox", "s1", "m1", InboundKind.TEXT, "帮助", null, null, null, null, null,
                        false, 0));
        int single = h.org.singleLookups.get();

        List<List<Outgoing>> answers = h.engine.handleAll(batch);

        assertThat(answers).hasSize(5);
        assertThat(onlyCard(answers.get(0)).title()).isEqualTo("我能帮你做这些");
        assertThat(onlyText(answers.get(1))).contains("还没有开通");
        assertThat(answers.get(1).get(0).recipient()).isEqualTo("stranger");
        assertThat(onlyCard(answers.get(2)).title()).isEqualTo("我能帮你做这些");
        assertThat(answers.get(2).get(0).recipient()).isEqualTo("dt-r1");
        assertThat(onlyText(answers.get(3))).contains("还没有开通");
        assertThat(onlyCard(answers.get(4)).lines()).anyMatch(l -> l.contains("【团队目标】"));
        assertThat(h.org.batchLookups).as("one lookup for the WeCom ids, one for the DingTalk ids").hasValue(2);
        assertThat(h.org.singleLookups).as("no sender looked up alone").hasValue(single);

        h.engine.handle(h.text("wx-r1", "帮助"));
        assertThat(h.org.singleLookups).as("after the batch, a message is looked up alone again").hasValue(single + 1);
    }

    @Test
    void unknownTextGetsTheShortMenu() {
        Card card = onlyCard(h.say(rep, "今天天气不错"));
        assertThat(card.lines().get(0)).contains("没太明白");
        assertThat(all(List.of(new Outgoing("wecom", "x", card)))).contains("【目标】").contains("【录线索】")
                .contains("【打卡】").contains("【对比】").doesNotContain("【团队目标】");
    }

    @Test
    void managersSeeTheTeamCommandInTheMenu() {
        Card card = onlyCard(h.say(manager, "帮助"));
        assertThat(card.lines()).anyMatch(l -> l.contains("【团队目标】"));
        assertThat(card.lines().get(0)).doesNotContain("没太明白");
    }

    @Test
    void openingTheChatGreetsWithTheMenuButNotEveryTime() {
        InboundMessage enter = new InboundMessage("wecom", "x", "wx-r1", InboundKind.ENTER_CHAT, null, null, null,
                null, null, null, false, 0);
        assertThat(onlyCard(h.engine.handle(enter)).title()).isEqualTo("我能帮你做这些");
        h.advance(java.time.Duration.ofHours(12).minusSeconds(1));
        assertThat(h.engine.handle(enter)).isEmpty();
        h.advance(java.time.Duration.ofSeconds(1));
        assertThat(onlyCard(h.engine.handle(enter)).title()).isEqualTo("我能帮你做这些");
        assertThat(onlyCard(h.say(rep, "帮助")).title()).as("asking always answers").isEqualTo("我能帮你做这些");
    }

    @Test
    void cancellingWithNothingOpenSaysSo() {
        assertThat(onlyText(h.say(rep, "取消"))).contains("没有进行中的操作");
    }

    @Test
    void aTapOnAnUnknownCardIsAnsweredWithTheMenu() {
        assertThat(onlyCard(h.tap(rep, "zz-unknown", "x")).title()).isEqualTo("我能帮你做这些");
    }
}

package com.salesbot.core.feature.result;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResultPromptFlowTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").name("张三").build());
    private final Rep other = h.add(RepBuilder.rep("r2").name("李四").build());

    ResultPromptFlowTest() {
        h.customer("c1", "华新机械", "r1");
        h.customer("c2", "东方制造", "r1");
    }

    private Card prompt(Touch touch) {
        List<Reply> replies = h.engine.promptForTouch(touch);
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).channel()).isEqualTo("wecom");
        assertThat(replies.get(0).recipient()).isEqualTo("wx-r1");
        return (Card) replies.get(0).message();
    }

    @Test
    void aTouchEndingSendsOneCardWithEveryConfiguredResultTag() {
        Touch call = h.endedCall(rep, "c1", 95);
        Card card = prompt(call);
        assertThat(card.promptId()).isEqualTo("r-" + call.id());
        assertThat(card.buttons()).extracting(b -> b.label())
                .containsExactly("已预约演示", "需技术协同", "预算未明确", "已报价", "暂无需求", "约下次拜访");
        assertThat(card.lines()).anyMatch(l -> l.contains("华新机械")).anyMatch(l -> l.contains("通话")
                && l.contains("1分35秒"));
        assertThat(h.engine.promptForTouch(call)).as("the same touch is prompted once").isEmpty();
    }

    @Test
    void taggedOrUnstoredTouchesAreNotPrompted() {
        Touch call = h.endedCall(rep, "c1", 60);
        h.touches.recordResult(call.id(), "quoted", null, 1);
        assertThat(h.engine.promptForTouch(h.touches.find(call.id()).orElseThrow())).isEmpty();
        assertThat(h.engine.promptForTouch(call.withId(0))).isEmpty();
    }

    @Test
    void oneTapRecordsTheTagAndANoteOfTwentyCharactersIsKept() {
        Touch call = h.endedCall(rep, "c1", 30);
        Card card = prompt(call);
        Card done = onlyCard(h.tap(rep, card.promptId(), keyOf(card, "已预约演示")));
        assertThat(done.title()).isEqualTo("已记录：已预约演示");
        assertThat(done.promptId()).as("replaces the tapped card").isEqualTo(card.promptId());
        assertThat(done.buttons()).isEmpty();
        assertThat(done.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(done.inputHint()).contains("20字");
        assertThat(done.lines()).anyMatch(l -> l.contains("计入有效触达"));
        assertThat(h.touches.find(call.id()).orElseThrow().resultTag()).isEqualTo("demo_booked");

        String twentyOne = "下周三演示".repeat(4) + "吧";
        assertThat(twentyOne.codePointCount(0, twentyOne.length())).isEqualTo(21);
        assertThat(onlyText(h.say(rep, twentyOne))).contains("最多20个字").contains("21个字");
        assertThat(h.touches.find(call.id()).orElseThrow().note()).isNull();

        String twenty = "下周三演示".repeat(4);
        assertThat(twenty.codePointCount(0, twenty.length())).isEqualTo(20);
        assertThat(onlyText(h.say(rep, twenty))).contains("备注记下了");
        assertThat(h.touches.find(call.id()).orElseThrow().note()).isEqualTo(twenty);
        assertThat(onlyCard(h.say(rep, "好的谢谢")).title()).as("the note prompt is over").isEqualTo("我能帮你做这些");
    }

    @Test
    void skipEndsTheNotePrompt() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        h.tap(rep, card.promptId(), keyOf(card, "已报价"));
        assertThat(onlyText(h.say(rep, "跳过"))).contains("不加备注");
        assertThat(h.touches.find(call.id()).orElseThrow().note()).isNull();
        assertThat(h.touches.find(call.id()).orElseThrow().resultTag()).isEqualTo("quoted");
    }

    @Test
    void aSecondTapDoesNotRecordTwiceAndSaysSoKindly() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        h.tap(rep, card.promptId(), keyOf(card, "已报价"));
        String second = onlyText(h.tap(rep, card.promptId(), keyOf(card, "暂无需求")));
        assertThat(second).contains("已经记录过了").contains("已报价");
        assertThat(h.touches.find(call.id()).orElseThrow().resultTag()).isEqualTo("quoted");
        assertThat(h.knowledgeCalls.get()).isEqualTo(1);
    }

    @Test
    void concurrentTapsTagATouchOnce() throws Exception {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Reply>>> taps = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return h.tap(rep, card.promptId(), keyOf(card, i % 2 == 0 ? "已报价" : "暂无需求"));
                })).toList();
        start.countDown();
        long recorded = 0;
        for (CompletableFuture<List<Reply>> tap : taps) {
            if (ChatHarness.all(tap.get()).contains("已记录：")) {
                recorded++;
            }
        }
        assertThat(recorded).isEqualTo(1);
        assertThat(h.knowledgeCalls.get()).isEqualTo(1);
    }

    @Test
    void twoPromptsPendingForTwoTouchesAreAnsweredIndependently() {
        Touch first = h.endedCall(rep, "c1", 60);
        Touch second = h.endedCall(rep, "c2", 45);
        Card a = prompt(first);
        Card b = prompt(second);
        assertThat(a.promptId()).isNotEqualTo(b.promptId());

        h.tap(rep, b.promptId(), keyOf(b, "需技术协同"));
        assertThat(onlyText(h.say(rep, "要拉上售前"))).contains("备注记下了");
        h.tap(rep, a.promptId(), keyOf(a, "预算未明确"));
        assertThat(onlyText(h.say(rep, "跳过"))).contains("不加备注");

        Touch t1 = h.touches.find(first.id()).orElseThrow();
        Touch t2 = h.touches.find(second.id()).orElseThrow();
        assertThat(t1.resultTag()).isEqualTo("budget_unclear");
        assertThat(t1.note()).isNull();
        assertThat(t2.resultTag()).isEqualTo("tech_support_needed");
        assertThat(t2.note()).isEqualTo("要拉上售前");
    }

    @Test
    void someoneElseCannotAnswerARepsCard() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        assertThat(onlyText(h.tap(other, card.promptId(), keyOf(card, "已报价")))).contains("不是发给你的");
        assertThat(h.touches.find(call.id()).orElseThrow().tagged()).isFalse();
    }

    @Test
    void anExpiredCardIsReplacedWhileTheTouchIsUntagged() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        h.advance(Duration.ofDays(3).plusMinutes(1));
        List<Reply> replies = h.tap(rep, card.promptId(), keyOf(card, "已报价"));
        Card fresh = onlyCard(replies);
        assertThat(fresh.lines().get(0)).contains("过期");
        assertThat(fresh.promptId()).isEqualTo(card.promptId());
        assertThat(h.touches.find(call.id()).orElseThrow().tagged()).isFalse();
        assertThat(onlyCard(h.tap(rep, fresh.promptId(), keyOf(fresh, "已报价"))).title()).isEqualTo("已记录：已报价");
    }

    @Test
    void aLateTapOnAnAnsweredCardSaysItWasRecorded() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        h.tap(rep, card.promptId(), keyOf(card, "已报价"));
        h.say(rep, "跳过");
        assertThat(onlyText(h.tap(rep, card.promptId(), keyOf(card, "已报价")))).contains("已经记录过了");
    }

    @Test
    void theNotePromptExpires() {
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        h.tap(rep, card.promptId(), keyOf(card, "已报价"));
        h.advance(Duration.ofMinutes(11));
        assertThat(onlyCard(h.say(rep, "客户比较犹豫")).title()).isEqualTo("我能帮你做这些");
        assertThat(h.touches.find(call.id()).orElseThrow().note()).isNull();
    }

    @Test
    void effectiveTouchNeedsThirtySeconds() {
        Touch short29 = h.endedCall(rep, "c1", 29);
        Card a = prompt(short29);
        assertThat(onlyCard(h.tap(rep, a.promptId(), keyOf(a, "已报价"))).lines())
                .anyMatch(l -> l.contains("不足30秒") && l.contains("不计入有效触达"));
        Touch long30 = h.endedCall(rep, "c2", 30);
        Card b = prompt(long30);
        assertThat(onlyCard(h.tap(rep, b.promptId(), keyOf(b, "已报价"))).lines())
                .anyMatch(l -> l.contains("计入有效触达") && !l.contains("不"));
    }

    @Test
    void theKnowledgeMatchIsShownFromTheConfiguredScore() {
        h.match.set(new KnowledgeMatch("制造业客户常见降本诉求", 0.5));
        Touch call = h.endedCall(rep, "c1", 60);
        Card card = prompt(call);
        assertThat(onlyCard(h.tap(rep, card.promptId(), keyOf(card, "已报价"))).lines())
                .contains("与《制造业客户常见降本诉求》匹配度 50%，可以看看应对话术。");

        h.match.set(new KnowledgeMatch("制造业客户常见降本诉求", 0.49));
        Touch next = h.endedCall(rep, "c2", 60);
        Card card2 = prompt(next);
        assertThat(onlyCard(h.tap(rep, card2.promptId(), keyOf(card2, "已报价"))).lines())
                .noneMatch(l -> l.contains("匹配度"));
    }
}

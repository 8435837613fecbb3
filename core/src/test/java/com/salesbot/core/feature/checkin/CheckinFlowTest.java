package com.salesbot.core.feature.checkin;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckinFlowTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep rep = h.add(RepBuilder.rep("r1").build());

    CheckinFlowTest() {
        h.customer("c1", "华新机械", "r1");
        h.customer("c2", "东方制造", "r1");
        h.customer("c9", "别人的客户", "r2");
    }

    @Test
    void offersRecentCustomersFirstThenRecordsTheVisitAndAsksForTheResult() {
        h.endedCall(rep, "c2", 60);
        Card pick = onlyCard(h.say(rep, "拜访完成"));
        assertThat(pick.buttons()).extracting(b -> b.label()).containsExactly("东方制造", "华新机械");

        Card result = onlyCard(h.tap(rep, pick.promptId(), keyOf(pick, "华新机械")));
        assertThat(result.title()).isEqualTo("打卡成功：华新机械");
        Touch visit = h.touches.find(Long.parseLong(result.promptId().substring(2))).orElseThrow();
        assertThat(visit.kind()).isEqualTo(TouchKind.VISIT);
        assertThat(visit.customerId()).isEqualTo("c1");
        assertThat(visit.source()).isEqualTo("chat");
        assertThat(visit.tagged()).isFalse();

        Card recorded = onlyCard(h.tap(rep, result.promptId(), keyOf(result, "约下次拜访")));
        assertThat(recorded.title()).isEqualTo("已记录：约下次拜访");
        assertThat(recorded.lines()).anyMatch(l -> l.contains("没有记录交流时长"));
    }

    @Test
    void aDoubleTapChecksInOnce() {
        Card pick = onlyCard(h.say(rep, "打卡"));
        h.tap(rep, pick.promptId(), keyOf(pick, "华新机械"));
        assertThat(onlyText(h.tap(rep, pick.promptId(), keyOf(pick, "华新机械")))).contains("已经记录过了");
        assertThat(h.touches.ofRepBetween("r1", 0, Long.MAX_VALUE)).hasSize(1);
    }

    @Test
    void minutesMakeTheVisitCountAsEffective() {
        Card pick = onlyCard(h.say(rep, "打卡 40分钟"));
        assertThat(pick.lines().get(0)).contains("40分钟");
        Card result = onlyCard(h.tap(rep, pick.promptId(), keyOf(pick, "东方制造")));
        Touch visit = h.touches.find(Long.parseLong(result.promptId().substring(2))).orElseThrow();
        assertThat(visit.durationSeconds()).isEqualTo(2400);
        assertThat(onlyCard(h.tap(rep, result.promptId(), keyOf(result, "已报价"))).lines())
                .anyMatch(l -> l.startsWith("✓"));
    }

    @Test
    void theCustomerMayBeTypedButOnlyFromTheOfferedOnes() {
        onlyCard(h.say(rep, "打卡"));
        assertThat(onlyText(h.say(rep, "别人的客户"))).contains("没在你最近的客户里");
        Card result = onlyCard(h.say(rep, "东方制造"));
        assertThat(result.title()).isEqualTo("打卡成功：东方制造");
    }

    @Test
    void aForgedCustomerKeyIsRefused() {
        Card pick = onlyCard(h.say(rep, "打卡"));
        assertThat(onlyText(h.tap(rep, pick.promptId(), "cust:c9"))).contains("不在可选范围内");
        assertThat(h.touches.ofRepBetween("r1", 0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aRepWithoutCustomersIsToldWhatToDo() {
        Rep newcomer = h.add(RepBuilder.rep("r3").build());
        assertThat(onlyText(h.say(newcomer, "打卡"))).contains("录线索");
    }

    @Test
    void anExpiredCheckInCardAsksToStartAgain() {
        Card pick = onlyCard(h.say(rep, "打卡"));
        h.advance(Duration.ofMinutes(31));
        assertThat(onlyText(h.tap(rep, pick.promptId(), keyOf(pick, "华新机械")))).contains("过期");
        assertThat(h.touches.ofRepBetween("r1", 0, Long.MAX_VALUE)).isEmpty();
    }
}

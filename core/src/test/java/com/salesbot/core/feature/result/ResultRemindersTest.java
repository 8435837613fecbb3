package com.salesbot.core.feature.result;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.ThresholdsBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRemindersTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private ChatHarness h = new ChatHarness();
    private Rep rep = h.add(RepBuilder.rep("r1").build());

    private List<Reply> remindAfter(Duration d) {
        h.advance(d);
        return h.engine.remindUntagged(h.clock.millis());
    }

    @Test
    void aRepWhoNeverAnswersIsRemindedTwiceThenLeftAlone() {
        h.customer("c1", "华新机械", "r1");
        Touch call = h.endedCall(rep, "c1", 60);
        Card prompt = (Card) h.engine.promptForTouch(call).get(0).message();

        assertThat(remindAfter(Duration.ofMinutes(30).minus(SECOND))).as("29:59 after the card").isEmpty();
        List<Reply> first = remindAfter(SECOND);
        assertThat(first).hasSize(1);
        Card card = (Card) first.get(0).message();
        assertThat(first.get(0).recipient()).isEqualTo("wx-r1");
        assertThat(card.title()).contains("提醒");
        assertThat(card.promptId()).isEqualTo(prompt.promptId());
        assertThat(card.buttons()).hasSameSizeAs(prompt.buttons());
        assertThat(remindAfter(Duration.ofMinutes(1))).as("not twice for the same due time").isEmpty();

        List<Reply> second = remindAfter(Duration.ofMinutes(29));
        assertThat(second).hasSize(1);
        assertThat(((Card) second.get(0).message()).lines().get(0)).contains("最后一次");

        assertThat(remindAfter(Duration.ofMinutes(30))).isEmpty();
        assertThat(remindAfter(Duration.ofHours(5))).isEmpty();
        assertThat(remindAfter(Duration.ofDays(1))).isEmpty();
        assertThat(h.touches.untaggedBefore(h.clock.millis())).extracting(Touch::id).containsExactly(call.id());
    }

    @Test
    void anAnsweredTouchGetsNoReminder() {
        h.customer("c1", "华新机械", "r1");
        Touch call = h.endedCall(rep, "c1", 60);
        Card prompt = (Card) h.engine.promptForTouch(call).get(0).message();
        h.tap(rep, prompt.promptId(), keyOf(prompt, "已报价"));
        assertThat(remindAfter(Duration.ofMinutes(31))).isEmpty();
        assertThat(remindAfter(Duration.ofMinutes(31))).isEmpty();
    }

    @Test
    void touchesThatWereNeverPromptedAreNotChased() {
        h.endedCall(rep, "c1", 60);
        assertThat(remindAfter(Duration.ofMinutes(45))).isEmpty();
    }

    @Test
    void delayAndCountComeFromConfig() {
        BusinessConfig defaults = BusinessConfig.defaults();
        h = new ChatHarness(new BusinessConfig(defaults.resultTags(), defaults.stages(), defaults.leadSources(),
                defaults.scenarios(), defaults.calendar(), defaults.benchmarks(), defaults.schedule(),
                ThresholdsBuilder.defaults().set("resultReminderMinutes", 10).set("resultReminderMax", 1).build()));
        rep = h.add(RepBuilder.rep("r1").build());
        h.engine.promptForTouch(h.endedCall(rep, "c1", 60));
        assertThat(remindAfter(Duration.ofMinutes(10).minus(SECOND))).isEmpty();
        assertThat(remindAfter(SECOND)).hasSize(1);
        assertThat(remindAfter(Duration.ofMinutes(10))).as("max 1").isEmpty();
    }

    @Test
    void noReminderInQuietHoursTheDueOneFollowsWhenTheyEnd() {
        h.customer("c1", "华新机械", "r1");
        h.advance(Duration.ofHours(10).plusMinutes(29)); // 20:29 Shanghai
        h.engine.promptForTouch(h.endedCall(rep, "c1", 60));
        assertThat(remindAfter(Duration.ofMinutes(31).minus(SECOND))).as("20:59:59").hasSize(1);
        assertThat(remindAfter(Duration.ofMinutes(29).plus(SECOND))).as("21:29, quiet").isEmpty();
        assertThat(remindAfter(Duration.ofHours(10).plusMinutes(31).minus(SECOND))).as("07:59:59").isEmpty();
        List<Reply> morning = remindAfter(SECOND);
        assertThat(morning).as("08:00").hasSize(1);
        assertThat(((Card) morning.get(0).message()).lines().get(0)).contains("最后一次");
    }

    @Test
    void twoPendingTouchesAreRemindedEachOnTheirOwnClock() {
        h.customer("c1", "华新机械", "r1");
        h.engine.promptForTouch(h.endedCall(rep, "c1", 60));
        h.advance(Duration.ofMinutes(10));
        h.engine.promptForTouch(h.endedCall(rep, "c1", 60));
        assertThat(remindAfter(Duration.ofMinutes(20))).hasSize(1);
        assertThat(remindAfter(Duration.ofMinutes(10))).hasSize(1);
    }
}

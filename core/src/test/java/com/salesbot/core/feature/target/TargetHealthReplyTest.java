package com.salesbot.core.feature.target;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.TargetHealth;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import org.junit.jupiter.api.Test;

class TargetHealthReplyTest {
    /** 100万 target, 40万 achieved, gap 60万; reserve 100万 = 1.67x, red, 8万 short of 108万. */
    static final TargetHealth RED = new TargetHealth(100_000_000, 40_000_000, 0.4, 100_000_000, 60_000_000, 1.67,
            true, 8_000_000, AwardStatus.NOT_ELIGIBLE);
    /** Same gap, reserve 150万 = 2.5x. */
    static final TargetHealth HEALTHY = new TargetHealth(100_000_000, 40_000_000, 0.4, 150_000_000, 60_000_000, 2.5,
            false, 0, AwardStatus.ELIGIBLE);

    private final ChatHarness h = new ChatHarness();
    private final Rep zhang = h.add(RepBuilder.rep("r1").name("张三").team("T1").build());
    private final Rep li = h.add(RepBuilder.rep("r2").name("李四").team("T1").build());
    private final Rep wang = h.add(RepBuilder.rep("r3").name("王五").team("T2").build());
    private final Rep manager = h.add(RepBuilder.manager("m1", "T1"));
    private final Rep director = h.add(RepBuilder.director("d1"));

    @Test
    void aRedRepGetsTheWarningWithTheFigures() {
        h.health(zhang, RED);
        Card card = onlyCard(h.say(zhang, "我的目标"));
        assertThat(card.title()).isEqualTo("张三 · 11月目标健康度");
        assertThat(card.tone()).isEqualTo(Tone.DANGER);
        assertThat(card.fields()).extracting(CardField::label, CardField::value).contains(
                org.assertj.core.groups.Tuple.tuple("本月目标", "100万元"),
                org.assertj.core.groups.Tuple.tuple("已完成", "40万元（40%）"),
                org.assertj.core.groups.Tuple.tuple("有效商机储备", "100万元"),
                org.assertj.core.groups.Tuple.tuple("缺口", "60万元"),
                org.assertj.core.groups.Tuple.tuple("储备/缺口", "1.7倍"));
        assertThat(card.fields().get(4).highlight()).isTrue();
        assertThat(card.lines().get(0)).contains("红色预警").contains("1.8倍").contains("8万元");
        assertThat(card.image()).isNull();
    }

    @Test
    void aHealthyRepIsToldSoAndSeesTheAward() {
        h.health(zhang, HEALTHY);
        h.chart.set(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Card card = onlyCard(h.say(zhang, "目标"));
        assertThat(card.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(card.fields().get(4).highlight()).isFalse();
        assertThat(card.lines()).noneMatch(l -> l.contains("红色预警"))
                .anyMatch(l -> l.contains("过程健康奖：已达标") && l.contains("15%"));
        assertThat(card.image()).isNotNull();
        assertThat(card.image().png()).startsWith((byte) 0x89);
    }

    @Test
    void noTargetIsSaidPlainly() {
        assertThat(onlyText(h.say(zhang, "目标"))).contains("11月还没有设定目标");
    }

    @Test
    void aRepMayNotSeeAColleaguesNumbers() {
        h.health(li, HEALTHY);
        String refusal = onlyText(h.say(zhang, "李四的目标"));
        assertThat(refusal).contains("只能查看自己的").contains("李四");
        assertThat(refusal).doesNotContain("万元");
    }

    @Test
    void aManagerSeesTheirTeamButNotAnotherTeam() {
        h.health(li, RED);
        h.health(wang, RED);
        assertThat(onlyCard(h.say(manager, "看下李四的目标")).title()).isEqualTo("李四 · 11月目标健康度");
        assertThat(onlyText(h.say(manager, "王五的目标"))).contains("只能查看自己的");
    }

    @Test
    void aDirectorSeesEveryone() {
        h.health(wang, RED);
        assertThat(onlyCard(h.say(director, "目标 王五")).title()).isEqualTo("王五 · 11月目标健康度");
    }

    @Test
    void anUnknownNameIsSaidPlainly() {
        assertThat(onlyText(h.say(manager, "赵六的目标"))).contains("没找到叫“赵六”的同事");
    }
}

package com.salesbot.core.feature.target;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.TargetHealth;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import org.junit.jupiter.api.Test;

class TeamTargetReplyTest {
    private final ChatHarness h = new ChatHarness();
    private final Rep a = h.add(RepBuilder.rep("r1").name("张三").build());
    private final Rep b = h.add(RepBuilder.rep("r2").name("李四").build());
    private final Rep c = h.add(RepBuilder.rep("r3").name("王五").build());
    private final Rep d = h.add(RepBuilder.rep("r4").name("赵六").build());
    private final Rep other = h.add(RepBuilder.rep("r5").name("孙七").team("T2").build());
    private final Rep manager = h.add(RepBuilder.manager("m1", "T1"));

    private static TargetHealth health(double completion, boolean red) {
        long target = 100_000_000;
        long achieved = Math.round(target * completion);
        return new TargetHealth(target, achieved, completion, 50_000_000, target - achieved, 1.0, red,
                red ? 10_000_000 : 0, AwardStatus.NOT_ELIGIBLE);
    }

    @Test
    void oneLinePerRepRedOnesFirst() {
        h.health(a, health(0.9, false));
        h.health(b, health(0.5, true));
        h.health(c, health(0.3, false));
        h.health(other, health(0.1, true));
        Card card = onlyCard(h.say(manager, "团队目标"));
        assertThat(card.title()).isEqualTo("华东一组 · 11月目标健康度");
        assertThat(card.tone()).isEqualTo(Tone.DANGER);
        assertThat(card.lines()).hasSize(5);
        assertThat(card.lines().get(0)).contains("红色预警 1 人");
        assertThat(card.lines().get(1)).startsWith("🔴 李四").contains("完成50%");
        assertThat(card.lines().get(2)).startsWith("🟢 王五").contains("完成30%");
        assertThat(card.lines().get(3)).startsWith("🟢 张三");
        assertThat(card.lines().get(4)).isEqualTo("⚪ 赵六：未设定目标");
        assertThat(String.join("\n", card.lines())).doesNotContain("孙七").doesNotContain("销售m1");
    }

    @Test
    void aTeamWithoutRedWarningsSaysSo() {
        h.health(a, health(0.9, false));
        Card card = onlyCard(h.say(manager, "/team"));
        assertThat(card.tone()).isEqualTo(Tone.NORMAL);
        assertThat(card.lines().get(0)).isEqualTo("没有红色预警。");
    }

    @Test
    void repsAreRefusedPolitely() {
        h.health(b, health(0.5, true));
        String refusal = onlyText(h.say(a, "团队目标"));
        assertThat(refusal).contains("只有主管能看").doesNotContain("李四");
    }

    @Test
    void aDirectorSeesEveryTeam() {
        Rep director = h.add(RepBuilder.director("d1"));
        h.health(other, health(0.1, true));
        Card card = onlyCard(h.say(director, "团队目标"));
        assertThat(card.title()).startsWith("全部团队");
        assertThat(card.lines().get(1)).startsWith("🔴 孙七");
        assertThat(card.lines()).hasSize(6);
    }
}

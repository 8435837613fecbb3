package com.salesbot.core.rules.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceSensitiveStreakTest {
    final PriceSensitiveStreak streak = new PriceSensitiveStreak(Thresholds.defaults());

    static List<NeedEntry> entries(String rep, String... texts) {
        List<NeedEntry> list = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            list.add(new NeedEntry(rep, 1_000L * i, i, texts[i]));
        }
        return list;
    }

    @Test
    void fourInARowDoNotFireTheFifthDoes() {
        assertThat(streak.replay(entries("R1", "价格敏感", "价格敏感", "价格敏感", "价格敏感")))
                .isEqualTo(new StreakStep(4, false));
        assertThat(streak.replay(entries("R1", "价格敏感", "价格敏感", "价格敏感", "价格敏感", "客户价格敏感，预算紧")))
                .isEqualTo(new StreakStep(5, true));
    }

    @Test
    void theSixthOfTheSameStreakDoesNotFireAgain() {
        assertThat(streak.replay(entries("R1", "价格敏感", "价格敏感", "价格敏感", "价格敏感", "价格敏感", "价格敏感")))
                .isEqualTo(new StreakStep(6, false));
    }

    @Test
    void anotherNeedBreaksTheStreakBlankEntriesDoNot() {
        assertThat(streak.replay(entries("R1", "价格敏感", "价格敏感", "交付周期", "价格敏感", "价格敏感", "价格敏感",
                "价格敏感"))).isEqualTo(new StreakStep(4, false));
        assertThat(streak.replay(entries("R1", "价格敏感", "价格敏感", " ", "价格敏感", null, "价格敏感", "价格敏感")))
                .isEqualTo(new StreakStep(5, true));
        assertThat(streak.next(5, "")).isEqualTo(new StreakStep(5, false));
        assertThat(streak.next(3, "价格不敏感，看重服务")).isEqualTo(StreakStep.NONE);
    }

    @Test
    void entriesAreReplayedInTimeOrderWhateverTheInputOrder() {
        List<NeedEntry> list = entries("R1", "交付周期", "价格敏感", "价格敏感", "价格敏感", "价格敏感", "价格 敏感");
        Collections.reverse(list);
        assertThat(streak.replay(list)).isEqualTo(new StreakStep(5, true));
    }

    @Test
    void otherRepsEntriesDoNotBreakAStreak() {
        List<NeedEntry> all = new ArrayList<>(entries("R1", "价格敏感", "价格敏感", "价格敏感", "价格敏感", "价格敏感"));
        all.addAll(entries("R2", "交付周期", "交付周期", "交付周期", "交付周期", "交付周期"));
        Map<String, StreakStep> states = streak.replayAll(all);
        assertThat(states.get("R1").fires()).isTrue();
        assertThat(states.get("R2")).isEqualTo(StreakStep.NONE);
    }

    @Test
    void phrasesAndLengthAreConfigured() {
        Thresholds three = com.salesbot.core.testdata.ThresholdsBuilder.defaults().set("priceSensitiveStreak", 3)
                .build();
        PriceSensitiveStreak custom = new PriceSensitiveStreak(three, Set.of("价格敏感", "嫌贵"));
        assertThat(custom.replay(entries("R1", "嫌贵", "价格敏感", "嫌贵"))).isEqualTo(new StreakStep(3, true));
        assertThat(custom.replay(entries("R1", "嫌贵", "价格敏感"))).isEqualTo(new StreakStep(2, false));
    }

    @Test
    void incrementalStepsFireExactlyOncePerRunOfFiveOrMore() {
        Random random = new Random(5L);
        for (int round = 0; round < 200; round++) {
            int state = 0;
            int fires = 0;
            int run = 0;
            int expected = 0;
            for (int i = 0; i < 60; i++) {
                int pick = random.nextInt(10);
                String text = pick < 7 ? "价格敏感" : pick < 9 ? "交付周期" : "";
                StreakStep step = streak.next(state, text);
                state = step.length();
                fires += step.fires() ? 1 : 0;
                if (text.equals("价格敏感")) {
                    run++;
                    if (run == 5) {
                        expected++;
                    }
                } else if (!text.isEmpty()) {
                    run = 0;
                }
            }
            assertThat(fires).isEqualTo(expected);
        }
    }
}

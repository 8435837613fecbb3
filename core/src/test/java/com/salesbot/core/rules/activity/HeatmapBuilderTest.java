package com.salesbot.core.rules.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.ThresholdsBuilder;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeatmapBuilderTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    final BusinessCalendar calendar = BusinessCalendar.weekdays(Shanghai.ZONE);
    final HeatmapBuilder builder = new HeatmapBuilder(calendar, Thresholds.defaults());
    final Rep li = RepBuilder.rep("li").name("李雷").build();
    final Rep han = RepBuilder.rep("han").name("韩梅梅").build();

    @Test
    void mondayReportShowsSevenBusinessDaysWithFridayAsYesterday() {
        Heatmap map = builder.build(List.of(li, han), List.of(), MONDAY);
        assertThat(map.days()).containsExactly(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 26), FRIDAY);
        assertThat(map.yesterday()).isEqualTo(FRIDAY);
        assertThat(map.rows()).extracting(HeatmapRow::repName).containsExactly("李雷", "韩梅梅");
        assertThat(map.maxCount()).isZero();
    }

    @Test
    void touchesAreBucketedByShanghaiMidnight() {
        List<Touch> touches = List.of(
                TouchBuilder.touch("li").at(Shanghai.at(FRIDAY, 23, 59, 59)).build(),          // Friday
                TouchBuilder.touch("li").at(Shanghai.at(FRIDAY.plusDays(1), 0, 0, 0)).build(), // Saturday: no column
                TouchBuilder.touch("li").at(Shanghai.at(MONDAY, 0, 0, 0)).build(),             // today: no column
                TouchBuilder.touch("li").at(Shanghai.at(LocalDate.of(2026, 11, 19), 0, 0, 0)).build(), // first column
                TouchBuilder.touch("li").at(Shanghai.at(LocalDate.of(2026, 11, 18), 23, 59, 59)).build(), // too old
                TouchBuilder.touch("han").at(Shanghai.noon(FRIDAY)).untagged().build(),          // not effective
                TouchBuilder.touch("han").at(Shanghai.noon(FRIDAY)).seconds(29).build(),         // not effective
                TouchBuilder.touch("han").at(Shanghai.noon(FRIDAY)).seconds(30).build());
        Heatmap map = builder.build(List.of(li, han), touches, MONDAY);
        assertThat(map.rows().get(0).counts()).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(map.rows().get(0).yesterday()).isEqualTo(1);
        assertThat(map.rows().get(1).counts()).containsExactly(0, 0, 0, 0, 0, 0, 1);
        assertThat(map.rows().get(1).yesterday()).isEqualTo(1);
    }

    @Test
    void managersInactiveRepsAndStrangersAreNotRows() {
        Rep boss = RepBuilder.manager("boss", "T1");
        Rep gone = RepBuilder.rep("gone").inactive().build();
        List<Touch> touches = new ArrayList<>(TouchBuilder.effective("boss", FRIDAY, 3));
        touches.addAll(TouchBuilder.effective("gone", FRIDAY, 3));
        touches.addAll(TouchBuilder.effective("stranger", FRIDAY, 3));
        Heatmap map = builder.build(List.of(boss, li, gone), touches, MONDAY);
        assertThat(map.rows()).extracting(HeatmapRow::repId).containsExactly("li");
        assertThat(map.rows().get(0).total()).isZero();
    }

    @Test
    void columnCountComesFromConfig() {
        Thresholds five = ThresholdsBuilder.defaults().set("heatmapDays", 5).build();
        Heatmap map = new HeatmapBuilder(calendar, five).build(List.of(li), List.of(), MONDAY);
        assertThat(map.days()).hasSize(5).first().isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void randomTouchesMatchANaivePerTouchCount() {
        Random random = new Random(20261127L);
        List<Rep> reps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reps.add(RepBuilder.rep("r" + i).build());
        }
        long from = Shanghai.at(LocalDate.of(2026, 11, 10), 0, 0, 0);
        long to = Shanghai.at(LocalDate.of(2026, 12, 2), 0, 0, 0);
        List<Touch> touches = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            long at = from + (long) (random.nextDouble() * (to - from));
            touches.add(TouchBuilder.touch("r" + random.nextInt(22)).at(at).seconds(random.nextInt(61))
                    .tag(random.nextInt(5) == 0 ? null : "已预约演示").build());
        }
        Heatmap map = builder.build(reps, touches, MONDAY);

        EffectiveTouchRule rule = new EffectiveTouchRule(30);
        Map<String, Integer> expected = new HashMap<>();
        for (Touch t : touches) {
            LocalDate day = calendar.dayOf(t.startedAt());
            if (rule.isEffective(t) && map.days().contains(day)) {
                expected.merge(t.repId() + "@" + day, 1, Integer::sum);
            }
        }
        int total = 0;
        for (HeatmapRow row : map.rows()) {
            for (int d = 0; d < map.days().size(); d++) {
                int cell = row.counts().get(d);
                assertThat(cell).isEqualTo(expected.getOrDefault(row.repId() + "@" + map.days().get(d), 0));
                total += cell;
            }
        }
        assertThat(total).isPositive();
    }
}

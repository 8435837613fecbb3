package com.salesbot.core.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Lead;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.LeadBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.ThresholdsBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadDwellRankingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final long NOW = Shanghai.at(TODAY, 9, 0, 0);
    final BusinessCalendar calendar = BusinessCalendar.weekdays(Shanghai.ZONE);
    final LeadDwellRanking ranking = new LeadDwellRanking(calendar, Thresholds.defaults());

    @Test
    void topTenLongestInTheirCurrentStageLongestFirst() {
        List<Lead> leads = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            leads.add(LeadBuilder.lead(i).stage("需求确认", Shanghai.noon(TODAY.minusDays(i * 3L))).build());
        }
        List<LeadDwell> top = ranking.top(leads, NOW, Set.of());
        assertThat(top).hasSize(10);
        assertThat(top).extracting(d -> d.lead().id()).containsExactly(15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L);
        assertThat(top.get(0).days()).isEqualTo(45);
    }

    @Test
    void daysAreCountedBetweenShanghaiDates() {
        Lead lateYesterday = LeadBuilder.lead(1).stage("方案", Shanghai.at(TODAY.minusDays(1), 23, 59, 59)).build();
        Lead midnight = LeadBuilder.lead(2).stage("方案", Shanghai.at(TODAY, 0, 0, 0)).build();
        assertThat(ranking.days(lateYesterday, TODAY)).isEqualTo(1);
        assertThat(ranking.days(midnight, TODAY)).isZero();
    }

    @Test
    void closedStagesAreLeftOutAndMissingStageTimeFallsBackToFirstTouch() {
        Lead won = LeadBuilder.lead(1).stage("赢单", Shanghai.noon(TODAY.minusDays(300))).build();
        Lead noStageTime = LeadBuilder.lead(2).firstTouch(Shanghai.noon(TODAY.minusDays(20))).stage("初步接触", 0).build();
        Lead recent = LeadBuilder.lead(3).stage("初步接触", Shanghai.noon(TODAY.minusDays(2))).build();
        List<LeadDwell> top = ranking.top(List.of(won, noStageTime, recent), NOW, Set.of("赢单", "输单"));
        assertThat(top).extracting(d -> d.lead().id()).containsExactly(2L, 3L);
        assertThat(top.get(0).days()).isEqualTo(20);
    }

    @Test
    void tiesGoToTheEarlierEntryThenTheLowerId() {
        long morning = Shanghai.at(TODAY.minusDays(5), 8, 0, 0);
        long evening = Shanghai.at(TODAY.minusDays(5), 20, 0, 0);
        List<Lead> leads = List.of(LeadBuilder.lead(9).stage("方案", evening).build(),
                LeadBuilder.lead(8).stage("方案", morning).build(), LeadBuilder.lead(7).stage("方案", evening).build());
        LeadDwellRanking two = new LeadDwellRanking(calendar, ThresholdsBuilder.defaults().set("dwellTopN", 2).build());
        assertThat(two.top(leads, NOW, Set.of())).extracting(d -> d.lead().id()).containsExactly(8L, 7L);
    }

    @Test
    void aFutureEntryClockSkewIsZeroDaysAndNoLeadsGiveAnEmptyList() {
        Lead future = LeadBuilder.lead(1).stage("方案", NOW + 86_400_000L * 3).build();
        assertThat(ranking.days(future, TODAY)).isZero();
        assertThat(ranking.top(List.of(), NOW, Set.of())).isEmpty();
    }

    @Test
    void randomLeadsMatchAFullSort() {
        Random random = new Random(99L);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long entered = NOW - (long) (random.nextDouble() * 400 * 86_400_000L);
            leads.add(LeadBuilder.lead(i).stage(random.nextInt(10) == 0 ? "赢单" : "方案", entered).build());
        }
        List<Long> expected = leads.stream().filter(l -> !l.stage().equals("赢单"))
                .sorted(Comparator.comparingLong(Lead::stageEnteredAt).thenComparingLong(Lead::id))
                .limit(10).map(Lead::id).toList();
        assertThat(ranking.top(leads, NOW, Set.of("赢单"))).extracting(d -> d.lead().id())
                .containsExactlyElementsOf(expected);
    }
}

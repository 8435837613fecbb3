package com.salesbot.core.rules.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowActivityDetectorTest {
    static final LocalDate MON = LocalDate.of(2026, 11, 23);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate FRI = MON.plusDays(4);
    static final LocalDate NEXT_MON = MON.plusDays(7);
    static final LocalDate NEXT_TUE = MON.plusDays(8);

    final BusinessCalendar calendar = BusinessCalendar.weekdays(Shanghai.ZONE);
    final LowActivityDetector detector = new LowActivityDetector(calendar, Thresholds.defaults());
    final List<Rep> team = List.of(rep("a"), rep("b"), rep("c"), rep("d"), rep("e"));
    final List<Touch> touches = new ArrayList<>();

    static Rep rep(String id) {
        return RepBuilder.rep(id).build();
    }

    /** Team mean 10, so the limit is 6: {@code a} gets the given count, the others 10, 10, 10 and 20 - a. */
    void day(LocalDate day, int a) {
        touches.addAll(TouchBuilder.effective("a", day, a));
        touches.addAll(TouchBuilder.effective("b", day, 10));
        touches.addAll(TouchBuilder.effective("c", day, 10));
        touches.addAll(TouchBuilder.effective("d", day, 10));
        touches.addAll(TouchBuilder.effective("e", day, 20 - a));
    }

    List<String> firing(List<Rep> members, List<Absence> absences, LocalDate day) {
        return detector.firing(members, absences, touches, day).stream().map(LowActivityAlert::repId).toList();
    }

    @Test
    void threeLowDaysFireOnTheThirdDayOnly() {
        day(MON, 5);
        day(TUE, 5);
        day(WED, 5);
        day(THU, 5);
        assertThat(firing(team, List.of(), MON)).isEmpty();
        assertThat(firing(team, List.of(), TUE)).isEmpty();
        assertThat(firing(team, List.of(), WED)).containsExactly("a");
        assertThat(firing(team, List.of(), THU)).as("same streak, already fired").isEmpty();

        LowActivityAlert alert = detector.firing(team, List.of(), touches, WED).get(0);
        assertThat(alert.streakDays()).containsExactly(MON, TUE, WED);
        assertThat(alert.counts()).containsExactly(5, 5, 5);
        assertThat(alert.teamMeans()).containsExactly(10.0, 10.0, 10.0);
    }

    @Test
    void exactlySixtyPercentOfTheMeanIsNotLow() {
        day(MON, 5);
        day(TUE, 6); // 6 = 0.6 x 10: not below
        day(WED, 5);
        day(THU, 5);
        assertThat(firing(team, List.of(), WED)).isEmpty();
        assertThat(firing(team, List.of(), THU)).isEmpty();
        day(FRI, 5);
        assertThat(firing(team, List.of(), FRI)).containsExactly("a");
    }

    @Test
    void weekendDoesNotBreakTheStreakAndIsNeverAFiringDay() {
        day(THU, 0);
        day(FRI, 0);
        day(NEXT_MON, 0);
        assertThat(firing(team, List.of(), FRI.plusDays(1))).isEmpty();
        assertThat(firing(team, List.of(), NEXT_MON)).containsExactly("a");
    }

    @Test
    void aBrokenStreakFiresAgainAfterThreeNewLowDays() {
        day(MON, 5);
        day(TUE, 5);
        day(WED, 5);
        day(THU, 9);
        day(FRI, 5);
        day(NEXT_MON, 5);
        day(NEXT_TUE, 5);
        assertThat(firing(team, List.of(), WED)).containsExactly("a");
        assertThat(firing(team, List.of(), NEXT_MON)).isEmpty();
        assertThat(firing(team, List.of(), NEXT_TUE)).containsExactly("a");
    }

    @Test
    void anAbsenceBreaksTheStreak() {
        day(MON, 5);
        day(TUE, 0);
        day(WED, 5);
        day(THU, 5);
        day(FRI, 5);
        List<Absence> leave = List.of(new Absence("a", TUE, TUE));
        assertThat(firing(team, leave, WED)).isEmpty();
        assertThat(firing(team, leave, THU)).isEmpty();
        assertThat(firing(team, leave, FRI)).containsExactly("a");
    }

    @Test
    void anAbsentRepNeitherFiresNorDragsTheMeanDown() {
        List<Rep> four = List.of(rep("a"), rep("b"), rep("c"), rep("d"));
        for (LocalDate d : List.of(MON, TUE, WED)) {
            touches.addAll(TouchBuilder.effective("a", d, 4));
            touches.addAll(TouchBuilder.effective("c", d, 10));
            touches.addAll(TouchBuilder.effective("d", d, 10));
        }
        // b is on leave with no touches. Mean of a, c, d = 8, limit 4.8: a (4) is low.
        // Were b counted, the mean would be 6, the limit 3.6, and a would not be low.
        assertThat(firing(four, List.of(new Absence("b", MON, FRI)), WED)).containsExactly("a");
        assertThat(firing(four, List.of(), WED)).containsExactly("b");
    }

    @Test
    void aTeamOfOneNeverFires() {
        assertThat(firing(List.of(rep("solo")), List.of(), WED)).isEmpty();
        touches.addAll(TouchBuilder.effective("solo", MON, 1));
        assertThat(firing(List.of(rep("solo")), List.of(), WED)).isEmpty();
    }

    @Test
    void aTeamThatIsOneOnceTheOthersAreAwayIsNotEvaluated() {
        List<Rep> two = List.of(rep("a"), rep("b"));
        for (LocalDate d : List.of(MON, TUE, WED)) {
            touches.addAll(TouchBuilder.effective("b", d, 10));
        }
        assertThat(firing(two, List.of(), WED)).containsExactly("a");
        assertThat(firing(two, List.of(new Absence("b", TUE, TUE)), WED)).isEmpty();
    }

    @Test
    void nobodyFiresWhenTheWholeTeamIsAtZero() {
        assertThat(firing(team, List.of(), WED)).isEmpty();
    }

    @Test
    void newJoinersAreLeftOutForTheirFirstFiveBusinessDays() {
        day(MON, 5);
        day(TUE, 5);
        day(WED, 5);
        day(THU, 5);
        Rep joinedThisWeek = RepBuilder.rep("a").joined(MON).build();
        List<Rep> members = List.of(joinedThisWeek, rep("b"), rep("c"), rep("d"), rep("e"));
        assertThat(firing(members, List.of(), WED)).isEmpty();
        assertThat(firing(members, List.of(), THU)).isEmpty();

        // Joined Tue 17 Nov: business days 17, 18, 19, 20, 23 are grace; evaluated from 24 -> fires on 26.
        Rep joined17 = RepBuilder.rep("a").joined(LocalDate.of(2026, 11, 17)).build();
        members = List.of(joined17, rep("b"), rep("c"), rep("d"), rep("e"));
        assertThat(firing(members, List.of(), WED)).isEmpty();
        assertThat(firing(members, List.of(), THU)).containsExactly("a");

        // Joined Mon 16 Nov: evaluated from 23 -> fires on 25.
        Rep joined16 = RepBuilder.rep("a").joined(LocalDate.of(2026, 11, 16)).build();
        members = List.of(joined16, rep("b"), rep("c"), rep("d"), rep("e"));
        assertThat(firing(members, List.of(), WED)).containsExactly("a");
    }

    @Test
    void randomTeamsFireOncePerRunOfAtLeastThreeLowDays() {
        Random random = new Random(42L);
        List<Rep> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(rep("r" + i));
        }
        List<LocalDate> days = calendar.businessDaysEndingAt(LocalDate.of(2026, 12, 31), 40);
        for (int round = 0; round < 20; round++) {
            touches.clear();
            Map<LocalDate, int[]> counts = new HashMap<>();
            for (LocalDate d : days) {
                int[] c = new int[members.size()];
                for (int r = 0; r < c.length; r++) {
                    c[r] = random.nextInt(4) == 0 ? random.nextInt(4) : 5 + random.nextInt(8);
                    touches.addAll(TouchBuilder.effective(members.get(r).id(), d, c[r]));
                }
                counts.put(d, c);
            }
            DailyTouchCounts tally = DailyTouchCounts.tally(touches, days, calendar, new EffectiveTouchRule(30));
            for (int r = 0; r < members.size(); r++) {
                int expectedFires = 0;
                int run = 0;
                for (LocalDate d : days) {
                    int[] c = counts.get(d);
                    int sum = 0;
                    for (int x : c) {
                        sum += x;
                    }
                    boolean low = c[r] * c.length * 10 < 6 * sum;
                    run = low ? run + 1 : 0;
                    if (run == 3 && days.indexOf(d) >= 3) {
                        expectedFires++;
                    }
                }
                int fires = 0;
                for (LocalDate d : days.subList(3, days.size())) {
                    String id = members.get(r).id();
                    if (detector.firing(members, List.of(), tally, d).stream().anyMatch(a -> a.repId().equals(id))) {
                        fires++;
                    }
                }
                assertThat(fires).as("rep %d round %d", r, round).isEqualTo(expectedFires);
            }
        }
    }
}

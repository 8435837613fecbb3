package com.salesbot.core.rules.credibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.LeadBuilder;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredibilityListsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    final CredibilityLists lists = new CredibilityLists(BusinessCalendar.weekdays(Shanghai.ZONE), Thresholds.defaults());
    final List<Lead> leads = new ArrayList<>();
    long nextId = 1;

    /** {@code accurate} checked leads whose source was confirmed, {@code wrong} confirmed as another source. */
    void leadsOf(String rep, int accurate, int wrong, int unchecked) {
        for (int i = 0; i < accurate; i++) {
            leads.add(LeadBuilder.lead(nextId++).owner(rep).source("展会").verified(" 展会 ").build());
        }
        for (int i = 0; i < wrong; i++) {
            leads.add(LeadBuilder.lead(nextId++).owner(rep).source("展会").verified("老客户转介").build());
        }
        for (int i = 0; i < unchecked; i++) {
            leads.add(LeadBuilder.lead(nextId++).owner(rep).source("展会").build());
        }
    }

    static List<Rep> reps(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> RepBuilder.rep(id).build()).toList();
    }

    @Test
    void redListIsTheTopThreeBlackListTheBottomThreeWithoutOverlap() {
        leadsOf("a", 10, 0, 5);   // 100%
        leadsOf("b", 9, 1, 0);    // 90%
        leadsOf("c", 8, 2, 0);    // 80%
        leadsOf("d", 7, 3, 0);    // 70%
        leadsOf("e", 5, 5, 0);    // 50%
        leadsOf("f", 1, 9, 0);    // 10%
        CredibilityList list = lists.leadSourceAccuracy(reps("a", "b", "c", "d", "e", "f"), leads);
        assertThat(list.red()).extracting(RankedRep::repId).containsExactly("a", "b", "c");
        assertThat(list.red().get(0).rate().value()).isEqualByComparingTo("1.0000");
        assertThat(list.red().get(0).rate().samples()).as("unchecked leads are not samples").isEqualTo(10);
        assertThat(list.black()).extracting(RankedRep::repId).containsExactly("f", "e", "d");
        assertThat(list.black()).extracting(RankedRep::rank).containsExactly(1, 2, 3);
    }

    @Test
    void fewerThanFiveCheckedLeadsIsNotRankedFiveIs() {
        leadsOf("four", 4, 0, 20);
        leadsOf("five", 5, 0, 0);
        leadsOf("many", 90, 10, 0);
        CredibilityList list = lists.leadSourceAccuracy(reps("four", "five", "many"), leads);
        assertThat(list.unranked()).containsExactly("four");
        assertThat(list.red()).extracting(RankedRep::repId).containsExactly("five", "many");
        assertThat(list.black()).as("nobody left who is not already on the red list").isEmpty();
    }

    @Test
    void tiesGoToTheLargerSampleAndPerfectRatesAreNeverBlackListed() {
        leadsOf("small", 5, 0, 0);
        leadsOf("large", 50, 0, 0);
        leadsOf("x", 10, 0, 0);
        leadsOf("y", 20, 0, 0);
        CredibilityList list = lists.leadSourceAccuracy(reps("small", "large", "x", "y"), leads);
        assertThat(list.red()).extracting(RankedRep::repId).containsExactly("large", "y", "x");
        assertThat(list.black()).isEmpty();
    }

    @Test
    void managersAndInactiveRepsAreNotListed() {
        leadsOf("boss", 10, 0, 0);
        leadsOf("gone", 10, 0, 0);
        leadsOf("a", 5, 5, 0);
        List<Rep> org = List.of(RepBuilder.manager("boss", "T1"), RepBuilder.rep("gone").inactive().build(),
                RepBuilder.rep("a").build());
        CredibilityList list = lists.leadSourceAccuracy(org, leads);
        assertThat(list.red()).extracting(RankedRep::repId).containsExactly("a");
    }

    static Customer customer(String id, String owner, String grade, long updatedAt) {
        return new Customer(id, "客户" + id, owner, null, "制造业", grade, updatedAt, false);
    }

    @Test
    void gradeUpdatedThirtyDaysAgoIsTimelyThirtyOneIsNot() {
        long asOf = Shanghai.at(TODAY, 9, 0, 0);
        Customer thirty = customer("c1", "a", "A", Shanghai.at(TODAY.minusDays(30), 0, 0, 0));
        Customer thirtyOne = customer("c2", "a", "A", Shanghai.at(TODAY.minusDays(31), 23, 59, 59));
        Customer ungraded = customer("c3", "a", null, 0);
        Customer today = customer("c4", "a", "B", Shanghai.at(TODAY, 0, 0, 0));
        Customer gradeWithoutTime = customer("c5", "a", "C", 0);
        LocalDate day = TODAY;
        assertThat(lists.timely(thirty, day)).isTrue();
        assertThat(lists.timely(thirtyOne, day)).isFalse();
        assertThat(lists.timely(ungraded, day)).isFalse();
        assertThat(lists.timely(today, day)).isTrue();
        assertThat(lists.timely(gradeWithoutTime, day)).isFalse();

        CredibilityList list = lists.gradeTimeliness(reps("a"),
                List.of(thirty, thirtyOne, ungraded, today, gradeWithoutTime), asOf);
        assertThat(list.metric()).isEqualTo(CredibilityMetric.GRADE_TIMELINESS);
        assertThat(list.red()).hasSize(1);
        assertThat(list.red().get(0).rate()).isEqualTo(new Rate(2, 5));
        assertThat(list.black()).as("a is already on the red list").isEmpty();
    }

    @Test
    void rateComparisonIsExact() {
        assertThat(new Rate(1, 3).compareTo(new Rate(2, 6))).isZero();
        assertThat(new Rate(333, 1000).compareTo(new Rate(1, 3))).isNegative();
        assertThat(new Rate(0, 0).value()).isEqualByComparingTo("0");
    }
}

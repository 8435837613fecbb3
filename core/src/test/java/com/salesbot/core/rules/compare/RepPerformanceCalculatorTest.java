package com.salesbot.core.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.LeadBuilder;
import com.salesbot.core.testdata.OpportunityBuilder;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepPerformanceCalculatorTest {
    static final LocalDate START = LocalDate.of(2026, 11, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 1);
    static final long FROM = Shanghai.at(START, 0, 0, 0);
    static final long TO = Shanghai.at(END, 0, 0, 0);
    static final long DAY = 86_400_000L;
    final RepPerformanceCalculator calculator = new RepPerformanceCalculator(BusinessCalendar.weekdays(Shanghai.ZONE),
            new EffectiveTouchRule(30));
    final List<Rep> reps = List.of(RepBuilder.rep("R1").build(), RepBuilder.rep("R2").build());

    @Test
    void countsEachFigureInsideThePeriodOnly() {
        List<Touch> touches = List.of(
                TouchBuilder.touch("R1").at(FROM).build(),
                TouchBuilder.touch("R1").at(TO - 1).build(),
                TouchBuilder.touch("R1").at(TO).build(),             // next period
                TouchBuilder.touch("R1").at(FROM - 1).build(),       // previous period
                TouchBuilder.touch("R1").at(FROM + DAY).seconds(29).build(),
                TouchBuilder.touch("R2").at(FROM + DAY).build());
        List<Lead> leads = List.of(
                LeadBuilder.lead(1).owner("R1").firstTouch(FROM + DAY).build(),      // customer C1 -> opportunity
                LeadBuilder.lead(2).owner("R1").firstTouch(FROM + 2 * DAY).build(),  // C2 -> none
                LeadBuilder.lead(3).owner("R1").firstTouch(FROM - DAY).build(),      // outside
                LeadBuilder.lead(4).owner("R2").firstTouch(FROM + DAY).build());     // C4 -> R1's opportunity only
        List<Opportunity> opportunities = List.of(
                OpportunityBuilder.opportunity("o1").owner("R1").customer("C1").amountFen(3_000).created(FROM).build(),
                OpportunityBuilder.opportunity("o2").owner("R1").customer("C4").amountFen(1_000)
                        .won(FROM - 10 * DAY, FROM + 5 * DAY).build(),
                OpportunityBuilder.opportunity("o3").owner("R1").amountFen(5_000)
                        .won(FROM - 20 * DAY, FROM + 10 * DAY).build(),
                OpportunityBuilder.opportunity("o4").owner("R1").amountFen(9_000).lost(FROM, FROM + DAY).build(),
                OpportunityBuilder.opportunity("o5").owner("R1").amountFen(9_000).won(FROM - DAY, TO).build());
        List<Payment> payments = List.of(
                new Payment("p1", "R1", "C1", null, 100, Shanghai.at(START, 10, 0, 0)),
                new Payment("p2", "R1", "C1", null, 100, Shanghai.at(START, 23, 59, 59)),   // same day: not repeat
                new Payment("p3", "R1", "C2", null, 100, Shanghai.at(START, 10, 0, 0)),
                new Payment("p4", "R1", "C2", null, 100, Shanghai.at(START.plusDays(1), 0, 0, 0)),
                new Payment("p5", "R1", "C3", null, 100, FROM - 1));

        Map<String, RepPerformance> perf = calculator.compute(reps, touches, leads, opportunities, payments, FROM, TO);
        RepPerformance r1 = perf.get("R1");
        assertThat(r1.effectiveTouches()).isEqualTo(2);
        assertThat(r1.leads()).isEqualTo(2);
        assertThat(r1.convertedLeads()).isEqualTo(1);
        assertThat(r1.won()).isEqualTo(2);
        assertThat(r1.lost()).isEqualTo(1);
        assertThat(r1.wonAmountFen()).isEqualTo(6_000);
        assertThat(r1.value(ComparisonMetric.CYCLE_DAYS)).isCloseTo(22.5, within(1e-9));
        assertThat(r1.value(ComparisonMetric.AVERAGE_DEAL_FEN)).isEqualTo(3_000.0);
        assertThat(r1.value(ComparisonMetric.WIN_RATE)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r1.payingCustomers()).isEqualTo(2);
        assertThat(r1.repeatCustomers()).isEqualTo(1);

        RepPerformance r2 = perf.get("R2");
        assertThat(r2.effectiveTouches()).isEqualTo(1);
        assertThat(r2.leads()).isEqualTo(1);
        assertThat(r2.convertedLeads()).as("the opportunity belongs to another rep").isZero();
        assertThat(r2.value(ComparisonMetric.WIN_RATE)).isNull();
        assertThat(r2.value(ComparisonMetric.REPURCHASE_RATE)).isNull();
    }
}

package com.salesbot.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The article's example: target 1000万 per quarter-month, 650万 reached, so the gap is 350万. */
class TargetHealthQueryTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long WAN = 10_000_00L; // 1万 yuan in fen
    private final InMemoryTargetStore targets = new InMemoryTargetStore();
    private final InMemoryPaymentStore payments = new InMemoryPaymentStore();
    private final InMemoryOpportunityStore opportunities = new InMemoryOpportunityStore();
    private final TargetHealthQuery query = new TargetHealthQuery(targets, payments, opportunities,
            Thresholds.defaults(), SHANGHAI);
    private final Rep rep = new Rep("r1", "张伟", "t1", Role.REP, "zhangwei", "ding001", LocalDate.of(2025, 1, 1),
            true);
    private final YearMonth nov = YearMonth.of(2026, 11);

    @Test
    void reserveJustBelowGapTimesOnePointEightIsRed() {
        targets.save(new Target("r1", nov, 1000 * WAN));
        payments.save(new Payment("p1", "r1", "c1", null, 650 * WAN, at(2026, 11, 10)));
        // gap 350万 × 1.8 = 630万; 629万 is red, 630万 is not.
        opportunities.save(qualified("o1", 629 * WAN, at(2026, 10, 1)));
        RepTargetHealth red = query.health(rep, nov).orElseThrow();
        assertThat(red.gapFen()).isEqualTo(350 * WAN);
        assertThat(red.completion()).isEqualTo(0.65);
        assertThat(red.red()).isTrue();
        assertThat(red.shortfallFen()).isEqualTo(1 * WAN);

        opportunities.save(qualified("o1", 630 * WAN, at(2026, 10, 1)));
        RepTargetHealth ok = query.health(rep, nov).orElseThrow();
        assertThat(ok.red()).isFalse();
        assertThat(ok.shortfallFen()).isZero();
    }

    @Test
    void unqualifiedOpportunitiesAreNotReserve() {
        targets.save(new Target("r1", nov, 1000 * WAN));
        opportunities.save(new Opportunity("o2", "c1", "r1", 5000 * WAN, "quote", true, false, true, null,
                OpportunityStatus.OPEN, false, at(2026, 10, 1), 0));
        assertThat(query.health(rep, nov).orElseThrow().reserveFen()).isZero();
    }

    @Test
    void paymentsOutsideTheMonthInShanghaiTimeDoNotCount() {
        targets.save(new Target("r1", nov, 1000 * WAN));
        // 2026-11-30 23:59:59 Shanghai is November; 2026-12-01 00:00 Shanghai is December.
        long lastSecond = LocalDate.of(2026, 12, 1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli() - 1000;
        payments.save(new Payment("p1", "r1", "c1", null, 100 * WAN, lastSecond));
        payments.save(new Payment("p2", "r1", "c1", null, 100 * WAN, lastSecond + 1000));
        assertThat(query.health(rep, nov).orElseThrow().achievedFen()).isEqualTo(100 * WAN);
    }

    @Test
    void noTargetMeansNoCard() {
        assertThat(query.health(rep, nov)).isEmpty();
    }

    @Test
    void twoMonthsAboveTwoAndNoneBelowOnePointFiveIsEligible() {
        YearMonth oct = YearMonth.of(2026, 10);
        // Quarter Oct-Dec: October and November both with reserve/gap > 2.0.
        targets.save(new Target("r1", oct, 100 * WAN));
        targets.save(new Target("r1", nov, 100 * WAN));
        opportunities.save(qualified("o1", 201 * WAN, at(2026, 9, 20)));
        assertThat(query.health(rep, nov).orElseThrow().award()).isEqualTo(AwardStatus.ELIGIBLE);
        assertThat(query.health(rep, oct).orElseThrow().award()).isEqualTo(AwardStatus.ON_TRACK);
    }

    @Test
    void exactlyTwoIsNotAboveTheAwardRatio() {
        YearMonth oct = YearMonth.of(2026, 10);
        targets.save(new Target("r1", oct, 100 * WAN));
        targets.save(new Target("r1", nov, 100 * WAN));
        opportunities.save(qualified("o1", 200 * WAN, at(2026, 9, 20)));
        assertThat(query.health(rep, nov).orElseThrow().award()).isEqualTo(AwardStatus.NOT_ELIGIBLE);
    }

    @Test
    void aPastMonthUsesOnlyOpportunitiesOpenAtItsEnd() {
        YearMonth oct = YearMonth.of(2026, 10);
        targets.save(new Target("r1", oct, 100 * WAN));
        targets.save(new Target("r1", nov, 100 * WAN));
        // Created in November: not part of October's reserve, so October has 0 reserve (below the floor).
        opportunities.save(qualified("o1", 500 * WAN, at(2026, 11, 3)));
        RepTargetHealth h = query.health(rep, nov).orElseThrow();
        assertThat(h.red()).isFalse();
        assertThat(h.award()).isEqualTo(AwardStatus.NOT_ELIGIBLE);
    }

    private static Opportunity qualified(String id, long amount, long createdAt) {
        return new Opportunity(id, "c1", "r1", amount, "negotiation", true, true, true, null, OpportunityStatus.OPEN,
                false, createdAt, 0);
    }

    private static long at(int y, int m, int d) {
        return LocalDate.of(y, m, d).atTime(10, 0).atZone(SHANGHAI).toInstant().toEpochMilli();
    }
}

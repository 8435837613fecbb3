package com.salesbot.core.rules.capability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilityMatrixTest {
    static final ZoneId ZONE = ZoneOffset.ofHours(8);
    static final long AS_OF = LocalDate.of(2026, 7, 1).atStartOfDay(ZONE).toInstant().toEpochMilli();
    final CapabilityMatrix matrix = new CapabilityMatrix(6, ZONE);
    final List<Opportunity> opps = new ArrayList<>();
    int seq;

    long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    void closed(String rep, long fen, OpportunityStatus status, boolean large, long closedAt) {
        opps.add(new Opportunity("o" + seq++, "c", rep, fen, "s", true, true, true, null, status, large, 0,
                closedAt));
    }

    @Test
    void medianCountsOnlyWinsInsideTheSixMonthWindow() {
        long inside = day(2026, 1, 1);          // exactly 6 months before 1 July: first day in the window
        long outside = day(2025, 12, 31);       // one day earlier: out
        closed("r1", 100_00, OpportunityStatus.WON, false, inside);
        closed("r1", 300_00, OpportunityStatus.WON, false, day(2026, 3, 1));
        closed("r1", 900_00, OpportunityStatus.WON, false, outside);
        closed("r1", 5_000_00, OpportunityStatus.LOST, false, day(2026, 3, 1));
        closed("r1", 7_000_00, OpportunityStatus.WON, false, AS_OF); // closes at the as-of instant: not yet past

        RepCapability r1 = matrix.compute(List.of("r1"), opps, AS_OF).get(0);

        assertThat(r1.wonDeals()).isEqualTo(2);
        assertThat(r1.medianDealFen()).isEqualTo(200_00); // mean of 100 and 300
    }

    @Test
    void oddCountMedianIsTheMiddleValue() {
        assertThat(CapabilityMatrix.median(List.of(5L, 1L, 9L))).isEqualTo(5L);
        assertThat(CapabilityMatrix.median(List.of(1L, 2L))).isEqualTo(1L); // (1+2)/2 rounded down
        assertThat(CapabilityMatrix.median(List.of())).isZero();
    }

    @Test
    void zeroLargeDealsIsUnknownNotZeroAndLandsInUnproven() {
        closed("r1", 100_00, OpportunityStatus.WON, false, day(2026, 2, 1));
        closed("r2", 100_00, OpportunityStatus.LOST, true, day(2026, 2, 1));

        List<RepCapability> m = matrix.compute(List.of("r1", "r2"), opps, AS_OF);

        assertThat(m.get(0).largeClosed()).isZero();
        assertThat(m.get(0).largeWinRate()).isNull();
        assertThat(m.get(0).quadrant()).isEqualTo(Quadrant.UNPROVEN);
        assertThat(m.get(1).largeWinRate()).isEqualTo(0.0);
        assertThat(m.get(1).quadrant()).isNotEqualTo(Quadrant.UNPROVEN);
    }

    @Test
    void quadrantsSplitOnTheTeamMedians() {
        long d = day(2026, 4, 1);
        // fast: big deals, wins its large accounts
        closed("fast", 800_00, OpportunityStatus.WON, true, d);
        // lift: small deals, wins its large accounts (the article's 重点托举对象)
        closed("lift", 100_00, OpportunityStatus.WON, true, d);
        // big: big deals, loses its large accounts
        closed("big", 900_00, OpportunityStatus.WON, false, d);
        closed("big", 900_00, OpportunityStatus.LOST, true, d);
        // base: small and loses
        closed("base", 50_00, OpportunityStatus.WON, false, d);
        closed("base", 50_00, OpportunityStatus.LOST, true, d);

        List<RepCapability> m = matrix.compute(List.of("fast", "lift", "big", "base"), opps, AS_OF);

        assertThat(m).extracting(RepCapability::quadrant).containsExactly(Quadrant.FAST_EARNER,
                Quadrant.KEY_SUPPORT, Quadrant.BREAKTHROUGH, Quadrant.FOUNDATION);
        assertThat(Quadrant.KEY_SUPPORT.label()).isEqualTo("重点托举对象");
        assertThat(Quadrant.FAST_EARNER.label()).isEqualTo("快速变现主力");
    }

    @Test
    void aRepExactlyOnTheMedianCountsAsHighAndOneBelowAsLow() {
        assertThat(CapabilityMatrix.quadrant(500, 0.5, 500, 0.5)).isEqualTo(Quadrant.FAST_EARNER);
        assertThat(CapabilityMatrix.quadrant(499, 0.5, 500, 0.5)).isEqualTo(Quadrant.KEY_SUPPORT);
        assertThat(CapabilityMatrix.quadrant(500, 0.49, 500, 0.5)).isEqualTo(Quadrant.BREAKTHROUGH);
        assertThat(CapabilityMatrix.quadrant(499, 0.49, 500, 0.5)).isEqualTo(Quadrant.FOUNDATION);
    }
}

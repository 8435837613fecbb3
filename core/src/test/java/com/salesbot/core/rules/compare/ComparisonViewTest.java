package com.salesbot.core.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesbot.core.config.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComparisonViewTest {
    final ComparisonView view = new ComparisonView(Thresholds.defaults());

    static RepPerformance perf(String id, long touches, int leads, int converted, int won, int lost, long wonFen,
                               double cycleTotal, int paying, int repeat) {
        return new RepPerformance(id, touches, leads, converted, won, lost, wonFen, cycleTotal, paying, repeat);
    }

    static Map<String, RepPerformance> team(RepPerformance... reps) {
        Map<String, RepPerformance> map = new LinkedHashMap<>();
        for (RepPerformance p : reps) {
            map.put(p.repId(), p);
        }
        return map;
    }

    Comparison row(List<Comparison> rows, ComparisonMetric metric) {
        return rows.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }

    @Test
    void sixComparisonsAgainstTopThreeMedianAndIndustry() {
        Map<String, RepPerformance> team = team(
                perf("me", 40, 100, 11, 2, 8, 2_000_000, 60, 25, 23),   // conversion 11%, repurchase 92%
                perf("b", 100, 50, 20, 5, 5, 10_000_000, 100, 10, 2),
                perf("c", 80, 40, 12, 4, 4, 4_000_000, 40, 10, 5),
                perf("d", 60, 20, 4, 3, 1, 6_000_000, 90, 10, 1),
                perf("e", 20, 10, 1, 1, 9, 500_000, 5, 0, 0));
        List<Comparison> rows = view.compare("me", team, 0.30);
        assertThat(rows).extracting(Comparison::metric).containsExactly(ComparisonMetric.values());

        Comparison touches = row(rows, ComparisonMetric.EFFECTIVE_TOUCHES);
        assertThat(touches.mine()).isEqualTo(40.0);
        assertThat(touches.topGroup()).isEqualTo(80.0);      // (100 + 80 + 60) / 3
        assertThat(touches.median()).isEqualTo(60.0);
        assertThat(touches.atOrAboveReference()).isFalse();

        Comparison conversion = row(rows, ComparisonMetric.LEAD_CONVERSION);
        assertThat(conversion.mine()).isCloseTo(0.11, within(1e-12));
        assertThat(conversion.topGroup()).isCloseTo((0.4 + 0.3 + 0.2) / 3, within(1e-12));
        assertThat(conversion.median()).isCloseTo(0.2, within(1e-12));

        Comparison win = row(rows, ComparisonMetric.WIN_RATE);
        assertThat(win.mine()).isCloseTo(0.2, within(1e-12));
        assertThat(win.topGroup()).isCloseTo((0.75 + 0.5 + 0.5) / 3, within(1e-12));

        Comparison deal = row(rows, ComparisonMetric.AVERAGE_DEAL_FEN);
        assertThat(deal.mine()).isEqualTo(1_000_000.0);
        assertThat(deal.topGroup()).isEqualTo((2_000_000.0 + 2_000_000.0 + 1_000_000.0) / 3);

        Comparison cycle = row(rows, ComparisonMetric.CYCLE_DAYS);
        assertThat(cycle.mine()).isEqualTo(30.0);
        // shorter is better: best three are 5, 10, 20
        assertThat(cycle.topGroup()).isCloseTo((5.0 + 10.0 + 20.0) / 3, within(1e-12));
        assertThat(cycle.median()).isEqualTo(20.0);
        assertThat(cycle.atOrAboveReference()).isFalse();

        Comparison repurchase = row(rows, ComparisonMetric.REPURCHASE_RATE);
        assertThat(repurchase.mine()).isCloseTo(0.92, within(1e-12));
        assertThat(repurchase.benchmark()).isEqualTo(0.30);
        assertThat(repurchase.topGroup()).isNull();
        assertThat(repurchase.median()).isNull();
        assertThat(repurchase.atOrAboveReference()).isTrue();
    }

    @Test
    void equalToTheReferenceCountsAsAtOrAbove() {
        Comparison higher = new Comparison(ComparisonMetric.WIN_RATE, 0.5, 0.5, 0.4, null);
        Comparison lower = new Comparison(ComparisonMetric.CYCLE_DAYS, 12.0, 12.0, 20.0, null);
        assertThat(higher.atOrAboveReference()).isTrue();
        assertThat(lower.atOrAboveReference()).isTrue();
        assertThat(new Comparison(ComparisonMetric.CYCLE_DAYS, 12.1, 12.0, 20.0, null).atOrAboveReference()).isFalse();
    }

    @Test
    void missingDataIsNullNotZeroAndIsLeftOutOfTheReference() {
        Map<String, RepPerformance> team = team(perf("me", 0, 0, 0, 0, 0, 0, 0, 0, 0),
                perf("b", 10, 10, 5, 1, 1, 100, 10, 1, 1));
        List<Comparison> rows = view.compare("me", team, null);
        assertThat(row(rows, ComparisonMetric.EFFECTIVE_TOUCHES).mine()).isEqualTo(0.0);
        assertThat(row(rows, ComparisonMetric.LEAD_CONVERSION).mine()).isNull();
        assertThat(row(rows, ComparisonMetric.LEAD_CONVERSION).topGroup()).isEqualTo(0.5);
        assertThat(row(rows, ComparisonMetric.LEAD_CONVERSION).atOrAboveReference()).isNull();
        assertThat(row(rows, ComparisonMetric.WIN_RATE).median()).isEqualTo(0.5);
        assertThat(row(rows, ComparisonMetric.REPURCHASE_RATE).benchmark()).isNull();
        assertThat(view.compare("stranger", team, 0.3)).allMatch(c -> c.mine() == null);
    }

    @Test
    void topGroupAndMedianMatchAFullSortOnRandomTeams() {
        Random random = new Random(18L);
        for (int round = 0; round < 500; round++) {
            int size = 1 + random.nextInt(12);
            Map<String, RepPerformance> team = new LinkedHashMap<>();
            List<Double> touches = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                long t = random.nextInt(200);
                touches.add((double) t);
                team.put("r" + i, perf("r" + i, t, 0, 0, 0, 0, 0, 0, 0, 0));
            }
            touches.sort(null);
            Comparison c = view.compare("r0", team, null).get(0);
            int n = Math.min(3, size);
            double top = touches.subList(size - n, size).stream().mapToDouble(Double::doubleValue).sum() / n;
            assertThat(c.topGroup()).isCloseTo(top, within(1e-9));
            double median = size % 2 == 1 ? touches.get(size / 2) : (touches.get(size / 2 - 1) + touches.get(size / 2)) / 2;
            assertThat(c.median()).isEqualTo(median);
            double mean = touches.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(c.topGroup()).as("the best three average at least the team mean").isGreaterThanOrEqualTo(mean - 1e-9);
        }
    }
}

package com.salesbot.core.rules.targetplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.rules.capability.Quadrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetSandboxTest {
    final TargetSandbox sandbox = new TargetSandbox();

    static RepFactors rep(String id, long paid, long pipeline, Quadrant q) {
        return new RepFactors(id, paid, pipeline, 1.0, 0.5, 60, 0, q);
    }

    @Test
    void threeSourcesGiveThreeOrderedPlans() {
        List<RepFactors> reps = List.of(
                rep("a", 4_000_000_00L, 0, Quadrant.UNPROVEN),   // capacity 1,000,000 yuan / quarter
                rep("b", 2_000_000_00L, 0, Quadrant.UNPROVEN),   // 500,000
                rep("c", 1_200_000_00L, 0, Quadrant.UNPROVEN),   // 300,000
                rep("d", 400_000_00L, 0, Quadrant.UNPROVEN));    // 100,000
        TargetPool pool = sandbox.pool("t1", Map.of("软件", 6_000_000_00L, "服务", 1_600_000_00L), 1.1,
                "Q2 招标旺季", reps);

        assertThat(pool.historyQuarterFen()).isEqualTo(1_900_000_00L);
        assertThat(pool.marketQuarterFen()).isEqualTo(2_090_000_00L);
        assertThat(pool.top3CapacityFen()).isEqualTo(600_000_00L);
        assertThat(pool.capacityQuarterFen()).isEqualTo(2_400_000_00L);
        assertThat(pool.aggressiveFen()).isEqualTo(2_400_000_00L);
        assertThat(pool.steadyFen()).isEqualTo(2_245_000_00L);
        assertThat(pool.conservativeFen()).isEqualTo(1_900_000_00L);
    }

    @Test
    void pipelineConversionUsesMaturityWinRateAndCycleTime() {
        RepFactors quick = new RepFactors("q", 0, 1_000_000, 0.5, 0.4, 91, 0, Quadrant.UNPROVEN);
        RepFactors slow = new RepFactors("s", 0, 1_000_000, 0.5, 0.4, 182, 0, Quadrant.UNPROVEN);
        assertThat(quick.pipelineConversionFen()).isEqualTo(200_000);
        assertThat(slow.pipelineConversionFen()).isEqualTo(100_000); // half a cycle fits in the quarter
        assertThat(new RepFactors("x", 0, 1_000_000, 0.5, 0.4, 90, 0, Quadrant.UNPROVEN).pipelineConversionFen())
                .isEqualTo(200_000); // shorter than a quarter is capped at 1
    }

    @Test
    void theSplitFollowsFactorsAndQuadrantNotAnAverage() {
        List<RepFactors> reps = List.of(
                rep("a", 1_000_000, 1_000_000, Quadrant.FAST_EARNER),
                rep("b", 1_000_000, 1_000_000, Quadrant.FOUNDATION),
                rep("c", 3_000_000, 0, Quadrant.UNPROVEN));
        TargetPool pool = sandbox.pool("t1", Map.of("全部", 5_000_000L), 1.0, null, reps);

        TargetPlan steady = sandbox.plans(pool, reps).get(1);

        assertThat(steady.kind()).isEqualTo(PlanKind.STEADY);
        // same history and pipeline: the fast earner carries more than the one still building
        assertThat(steady.shareOf("a")).isGreaterThan(steady.shareOf("b"));
        assertThat(steady.shares().get(0).weight() / steady.shares().get(1).weight())
                .isCloseTo(1.15 / 0.85, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(steady.assumptions()).anyMatch(l -> l.contains("不平均摊派"));
    }

    @Test
    void theAssumptionsShowTheHistoryPerProductLineWhichTogetherMakeTheHistorySource() {
        List<RepFactors> reps = List.of(new RepFactors("a", 4_000_000, 0, 0, 0.5, 90, 0, Quadrant.UNPROVEN));
        TargetPool pool = sandbox.pool("t1", Map.of("软件", 3_000_000L, "默认", 1_000_000L), 1.0, null, reps);

        assertThat(pool.historyQuarterFen()).isEqualTo(1_000_000L);
        assertThat(sandbox.plans(pool, reps).get(0).assumptions())
                .contains("近12个月回款分产品线: 软件 30000 元; 默认 10000 元");
    }

    @Test
    void everyPlanSumsToItsTotalToTheFen() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<RepFactors> reps = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                Quadrant q = Quadrant.values()[random.nextInt(Quadrant.values().length)];
                reps.add(new RepFactors("r" + i, random.nextInt(50_000_000), random.nextInt(90_000_000),
                        random.nextDouble(), random.nextDouble(), 1 + random.nextInt(300), 0, q));
            }
            TargetPool pool = sandbox.pool("t", Map.of("a", (long) random.nextInt(Integer.MAX_VALUE), "b", 7L),
                    0.5 + random.nextDouble(), null, reps);
            for (TargetPlan plan : sandbox.plans(pool, reps)) {
                assertThat(plan.shares().stream().mapToLong(RepShare::amountFen).sum()).isEqualTo(plan.totalFen());
                assertThat(plan.shares()).allMatch(s -> s.amountFen() >= 0);
            }
        }
    }

    @Test
    void awkwardRemaindersGoToTheLargestFractionsThenTheLowerId() {
        assertThat(TargetSandbox.apportion(100, new double[] {1, 1, 1}, List.of("a", "b", "c")))
                .containsExactly(34, 33, 33);
        assertThat(TargetSandbox.apportion(101, new double[] {1, 1, 1}, List.of("a", "b", "c")))
                .containsExactly(34, 34, 33);
        assertThat(TargetSandbox.apportion(10, new double[] {0.26, 0.74}, List.of("a", "b")))
                .containsExactly(3, 7);
    }

    @Test
    void aTeamWithNoDataAtAllSplitsEvenly() {
        List<RepFactors> reps = List.of(rep("a", 0, 0, Quadrant.UNPROVEN), rep("b", 0, 0, Quadrant.UNPROVEN));
        assertThat(TargetSandbox.weights(reps)).containsExactly(0.5, 0.5);
    }

    @Test
    void monthsOfAQuarterKeepEveryFen() {
        assertThat(TargetSandbox.months(100)).containsExactly(33, 33, 34);
        assertThat(TargetSandbox.months(99)).containsExactly(33, 33, 33);
    }

    @Test
    void marketFactorMustBePositive() {
        assertThatThrownBy(() -> sandbox.pool("t", Map.of(), 0, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("market factor");
    }
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.model.Require;
import java.util.List;
import java.util.Map;

/**
 * The business settings of targets and the capability picture ({@code config/capability.yml}).
 *
 * @param dimensions       radar axes in order, each with the metric that scores it
 * @param gapDimension     the axis R15 watches (客户深度经营)
 * @param voiceSampleSize  customers drawn per rep each quarter (R13)
 * @param voiceSeed        seed of the draw, so an export can be repeated
 * @param csLeadId         rep id of the customer-success lead who gets the R15 coaching card, null for none
 * @param coachingPlan     the plan template lines of the 客户成功部协同辅导计划
 * @param points           points per earned kind (collaboration, case, certification)
 * @param catalogue        what points can be redeemed for
 * @param consensusMinAnswers fewest answers before the consensus spread is shown
 * @param matrixMonths     R8 window in months (6)
 */
public record TargetsSettings(List<Dimension> dimensions, String gapDimension, int voiceSampleSize, long voiceSeed,
                              String csLeadId, List<String> coachingPlan, Map<String, Integer> points,
                              List<Redemption> catalogue, int consensusMinAnswers, int matrixMonths) {
    /** The metrics a radar axis can use. */
    public enum Metric {
        CUSTOMER_DEPTH, DEAL_PROGRESS, COMPLIANCE, COLLABORATION, LEARNING, CUSTOMER_VOICE
    }

    public record Dimension(String name, Metric metric) {
        public Dimension {
            Require.text(name, "dimension name");
            Require.present(metric, "metric of " + name);
        }
    }

    public record Redemption(String id, String label, int points) {
        public Redemption {
            Require.text(id, "redemption id");
            Require.text(label, "redemption label");
            if (points <= 0) {
                throw new IllegalArgumentException("redemption " + id + " must cost points");
            }
        }
    }

    public TargetsSettings {
        dimensions = List.copyOf(dimensions);
        coachingPlan = List.copyOf(coachingPlan);
        points = Map.copyOf(points);
        catalogue = List.copyOf(catalogue);
        if (dimensions.size() < 3 || dimensions.size() > 8) {
            throw new IllegalArgumentException("the radar needs 3 to 8 dimensions");
        }
        if (dimensions.stream().noneMatch(d -> d.name().equals(gapDimension))) {
            throw new IllegalArgumentException("gap dimension " + gapDimension + " is not a radar dimension");
        }
        if (voiceSampleSize < 1 || consensusMinAnswers < 2 || matrixMonths < 1) {
            throw new IllegalArgumentException("sample size, consensus minimum (>= 2) and matrix months must be set");
        }
    }

    public static TargetsSettings defaults() {
        return new TargetsSettings(List.of(
                new Dimension("客户深度经营", Metric.CUSTOMER_DEPTH),
                new Dimension("商机推进", Metric.DEAL_PROGRESS),
                new Dimension("合规", Metric.COMPLIANCE),
                new Dimension("协同", Metric.COLLABORATION),
                new Dimension("学习成长", Metric.LEARNING),
                new Dimension("客户声音", Metric.CUSTOMER_VOICE)),
                "客户深度经营", 3, 20260101L, null,
                List.of("客户成功部指派一位客户成功经理, 陪同拜访重点客户 2 次",
                        "每两周一次客户经营复盘 (30 分钟)", "一个季度后复查「客户深度经营」得分"),
                Map.of("collaboration", 20, "case", 30, "certification", 50),
                List.of(new Redemption("training", "外部培训课程一次", 200), new Redemption("leave", "带薪假一天", 300)),
                3, 6);
    }

    public int pointsFor(String kind) {
        Integer p = points.get(kind);
        if (p == null) {
            throw new IllegalArgumentException("unknown points kind " + kind + ", expected one of " + points.keySet());
        }
        return p;
    }
}

package com.salesbot.core.rules.targetplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target sandbox (目标沙盘推演, R7): from the three sources to three plans with a per-rep split.
 *
 * <p>Pool: history = last 12 months of payments / 4; market = history x the industry growth factor; capacity = the
 * mean quarter capacity of the 3 strongest reps x the number of reps (what the team carries if everyone carried like
 * the top 3). 激进 = max(market, capacity), 稳健 = their midpoint, 保守 = min(history, market, capacity).
 *
 * <p>Split: each rep's weight = (half their share of the team's 12-month payments + half their share of the team's
 * pipeline conversion) x their quadrant's split weight. Only when the team has neither payments nor pipeline is the
 * split even. Amounts are apportioned to the fen by the largest remainder, ties to the lower rep id, so every plan
 * sums exactly to its total.
 */
public final class TargetSandbox {
    public static final int TOP_N = 3;

    public TargetPool pool(String teamId, Map<String, Long> historyByLineFen, double marketFactor, String marketNote,
                           List<RepFactors> reps) {
        if (!(marketFactor > 0) || marketFactor > 10) {
            throw new IllegalArgumentException("market factor must be above 0 and at most 10, got " + marketFactor);
        }
        long history = Math.floorDiv(historyByLineFen.values().stream().mapToLong(Long::longValue).sum(), 4);
        long market = BigDecimal.valueOf(history).multiply(BigDecimal.valueOf(marketFactor))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<Long> capacities = reps.stream().map(RepFactors::quarterCapacityFen)
                .sorted(Comparator.reverseOrder()).toList();
        int top = Math.min(TOP_N, capacities.size());
        long topMean = top == 0 ? 0 : Math.floorDiv(capacities.subList(0, top).stream().mapToLong(Long::longValue)
                .sum(), top);
        return new TargetPool(teamId, new LinkedHashMap<>(historyByLineFen), history, marketFactor,
                marketNote == null ? "" : marketNote, market, topMean, topMean * reps.size());
    }

    public List<TargetPlan> plans(TargetPool pool, List<RepFactors> reps) {
        double[] weights = weights(reps);
        List<TargetPlan> plans = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            long total = pool.totalFen(kind);
            long[] amounts = apportion(total, weights, reps.stream().map(RepFactors::repId).toList());
            List<RepShare> shares = new ArrayList<>();
            for (int i = 0; i < reps.size(); i++) {
                shares.add(new RepShare(reps.get(i).repId(), amounts[i], weights[i], reps.get(i).quadrant()));
            }
            plans.add(new TargetPlan(kind, total, shares, assumptions(kind, pool)));
        }
        return plans;
    }

    static List<String> assumptions(PlanKind kind, TargetPool pool) {
        List<String> lines = new ArrayList<>();
        lines.add("历史源: 近12个月回款 ÷ 4 = " + yuan(pool.historyQuarterFen()));
        if (!pool.historyByLineFen().isEmpty()) {
            lines.add("近12个月回款分产品线: " + pool.historyByLineFen().entrySet().stream()
                    .map(e -> e.getKey() + " " + yuan(e.getValue())).collect(java.util.stream.Collectors.joining("; ")));
        }
        lines.add("市场源: × " + pool.marketFactor() + (pool.marketNote().isBlank() ? "" : " (" + pool.marketNote()
                + ")") + " = " + yuan(pool.marketQuarterFen()));
        lines.add("人力源: TOP3 季度产能均值 " + yuan(pool.top3CapacityFen()) + " × 人数 = "
                + yuan(pool.capacityQuarterFen()));
        lines.add(switch (kind) {
            case AGGRESSIVE -> "激进 = 市场源与人力源取高";
            case STEADY -> "稳健 = 市场源与人力源取中";
            case CONSERVATIVE -> "保守 = 三源取低";
        });
        lines.add("分解: 回款占比与在谈转化占比各半, 再乘能力象限系数 (不平均摊派)");
        return lines;
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    /** Relative weights, summing to 1 (or all equal when the team has no payments and no pipeline). */
    static double[] weights(List<RepFactors> reps) {
        int n = reps.size();
        double[] w = new double[n];
        if (n == 0) {
            return w;
        }
        double paid = reps.stream().mapToDouble(RepFactors::paidLast12MonthsFen).sum();
        double conv = reps.stream().mapToDouble(RepFactors::pipelineConversionFen).sum();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            RepFactors r = reps.get(i);
            double share;
            if (paid > 0 && conv > 0) {
                share = 0.5 * r.paidLast12MonthsFen() / paid + 0.5 * r.pipelineConversionFen() / conv;
            } else if (paid > 0) {
                share = r.paidLast12MonthsFen() / paid;
            } else if (conv > 0) {
                share = r.pipelineConversionFen() / conv;
            } else {
                share = 1.0 / n;
            }
            w[i] = share * r.quadrant().splitWeight();
            sum += w[i];
        }
        if (sum <= 0) {
            java.util.Arrays.fill(w, 1.0 / n);
            return w;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** Largest-remainder apportionment to the fen; ties go to the lower id. Sums exactly to {@code total}. */
    public static long[] apportion(long total, double[] weights, List<String> ids) {
        int n = weights.length;
        long[] out = new long[n];
        if (n == 0) {
            return out;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        BigDecimal totalBd = BigDecimal.valueOf(total);
        BigDecimal[] remainders = new BigDecimal[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = sum > 0
                    ? totalBd.multiply(BigDecimal.valueOf(weights[i])).divide(BigDecimal.valueOf(sum), 12,
                    RoundingMode.HALF_EVEN)
                    : totalBd.divide(BigDecimal.valueOf(n), 12, RoundingMode.HALF_EVEN);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            out[i] = floor.longValueExact();
            remainders[i] = exact.subtract(floor);
            assigned += out[i];
        }
        long left = total - assigned;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(ids::get));
        for (int k = 0; left > 0; k = (k + 1) % n, left--) {
            out[order[k]]++;
        }
        return out;
    }

    /** A quarter amount split into its three months, the remainder fen on the last month. */
    public static long[] months(long quarterFen) {
        long each = Math.floorDiv(quarterFen, 3);
        return new long[] {each, each, quarterFen - 2 * each};
    }
}

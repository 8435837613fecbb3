package com.salesbot.charts;

import java.util.ArrayList;
import java.util.List;

/** Realistic inputs shared by the chart tests. */
final class Samples {

    static final List<String> REPS = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄晓明");
    static final List<String> DAYS = List.of("11/18 周二", "11/19 周三", "11/20 周四", "11/21 周五",
            "11/24 周一", "11/25 周二", "11/26 周三");

    private Samples() {
    }

    static HeatmapData heatmap8x7() {
        List<List<Integer>> counts = List.of(
                List.of(12, 9, 14, 11, 8, 13, 15),
                List.of(3, 4, 2, 0, 5, 3, 1),
                List.of(7, 8, 6, 9, 7, 10, 8),
                List.of(0, 0, 1, 0, 2, 0, 0),
                List.of(10, 12, 11, 13, 12, 14, 12),
                List.of(5, 6, 5, 7, 6, 4, 6),
                List.of(9, 7, 8, 6, 9, 8, 7),
                List.of(2, 3, 4, 3, 2, 5, 4));
        return new HeatmapData("昨日关键动作热力图", REPS, DAYS, counts, 6, "有效触达（次）");
    }

    static HeatmapData heatmap30x7() {
        String[] surnames = {"张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"伟", "芳", "娜", "洋", "静", "帆", "磊", "敏", "强", "婷", "晓东", "雪梅"};
        List<String> reps = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            reps.add(surnames[i % surnames.length] + given[(i * 7) % given.length]);
            List<Integer> row = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                row.add((i * 5 + d * 3) % 17);
            }
            counts.add(row);
        }
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            unique.add(unique.contains(reps.get(i)) ? reps.get(i) + (i + 1) : reps.get(i));
        }
        return new HeatmapData("昨日关键动作热力图", unique, DAYS, counts, 6, "有效触达（次）");
    }

    /** Target 500 万, achieved 320 万, gap 180 万, reserve 250 万 below the 324 万 line. */
    static TargetHealthData targetWarning() {
        return new TargetHealthData("目标健康度 · 11月", 500_000_000L, 320_000_000L, 250_000_000L,
                180_000_000L, 324_000_000L, true);
    }

    /** Target 500 万, achieved 380 万, gap 120 万, reserve 260 万 above the 216 万 line. */
    static TargetHealthData targetHealthy() {
        return new TargetHealthData("目标健康度 · 11月", 500_000_000L, 380_000_000L, 260_000_000L,
                120_000_000L, 216_000_000L, false);
    }

    static ComparisonData comparison() {
        return ComparisonData.meVsTop3VsMedian("我的对比 · 11月", List.of(
                new MetricBars("线索转化率", "%", List.of(12.5, 21.3, 14.0)),
                new MetricBars("有效触达", "次/日", List.of(9.0, 14.7, 8.0)),
                new MetricBars("平均客单价", "万元", List.of(18.6, 25.4, 16.2)),
                new MetricBars("复购率", "%", List.of(31.0, 38.5, 27.0))));
    }

    static RadarData radar() {
        return new RadarData("能力雷达", List.of("客户深度经营", "商机推进", "方案呈现", "跨团队协作", "客户满意度", "知识沉淀"),
                100, List.of(
                        new RadarSeries("我", List.of(45.0, 72.0, 80.0, 60.0, 85.0, 55.0)),
                        new RadarSeries("团队均值", List.of(70.0, 65.0, 68.0, 62.0, 75.0, 50.0))));
    }

    static RadarData radar8() {
        return new RadarData("能力雷达 · 八维", List.of("客户深度经营", "商机推进", "方案呈现", "跨团队协作",
                "客户满意度", "知识沉淀", "可复用案例", "认证与培训"), 100, List.of(
                        new RadarSeries("我", List.of(45.0, 72.0, 80.0, 60.0, 85.0, 55.0, 100.0, 30.0)),
                        new RadarSeries("团队均值", List.of(70.0, 65.0, 68.0, 62.0, 75.0, 50.0, 40.0, 60.0)),
                        new RadarSeries("团队TOP3", List.of(90.0, 88.0, 85.0, 80.0, 92.0, 75.0, 70.0, 85.0))));
    }
}

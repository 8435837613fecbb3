package com.salesbot.charts;

import com.salesbot.core.feature.targets.port.CapabilityCharts;
import com.salesbot.core.rules.capability.CapabilityMatrix;
import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.capability.RepCapability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The charts module's side of {@link CapabilityCharts}: the R8 quadrant chart and the radar with the team mean. */
public final class CapabilityChartsRenderer implements CapabilityCharts {
    private static final double FEN_PER_WAN = 1_000_000.0;
    private final QuadrantRenderer quadrant;
    private final RadarRenderer radar;

    public CapabilityChartsRenderer(PhoneChartTheme theme) {
        this.quadrant = new QuadrantRenderer(theme);
        this.radar = new RadarRenderer(theme);
    }

    @Override
    public byte[] matrix(String title, List<RepCapability> reps, Map<String, String> names) {
        return quadrant.render(data(title, reps, names));
    }

    static QuadrantData data(String title, List<RepCapability> reps, Map<String, String> names) {
        List<QuadrantData.Point> points = new ArrayList<>();
        for (RepCapability r : reps) {
            points.add(new QuadrantData.Point(names.getOrDefault(r.repId(), r.repId()),
                    r.medianDealFen() / FEN_PER_WAN, r.largeWinRate() == null ? null : r.largeWinRate() * 100));
        }
        return new QuadrantData(title, "近6个月客单价中位数 (万元)", "大客户攻坚成功率 (%)",
                CapabilityMatrix.xThreshold(reps) / FEN_PER_WAN, CapabilityMatrix.yThreshold(reps) * 100,
                List.of(Quadrant.KEY_SUPPORT.label(), Quadrant.FAST_EARNER.label(), Quadrant.FOUNDATION.label(),
                        Quadrant.BREAKTHROUGH.label()), Quadrant.UNPROVEN.label(), points);
    }

    @Override
    public byte[] radar(String title, List<String> axes, String repName, List<Double> scores, List<Double> teamMean) {
        return radar.render(new RadarData(title, axes, 100, List.of(new RadarSeries(repName, scores),
                new RadarSeries("团队均值", teamMean))));
    }
}

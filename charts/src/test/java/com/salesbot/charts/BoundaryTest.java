package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Paint;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Both sides of every limit the chart inputs and layouts have. */
class BoundaryTest {

    private static final PhoneChartTheme THEME = PhoneChartTheme.shared();

    @Test
    void heatmapRowsShrinkFromTheThirteenthRep() {
        int twelve = HeatmapRenderer.heightFor(12) - HeatmapRenderer.heightFor(0);
        int thirteen = HeatmapRenderer.heightFor(13) - HeatmapRenderer.heightFor(0);

        assertThat(twelve / 12).isEqualTo(52);
        assertThat(thirteen / 13).isEqualTo(34);
    }

    @Test
    void cellNumbersTurnWhiteOnlyAboveHalfTheScale() {
        // max 10: 5 is exactly half (dark text), 6 is above (white text)
        HeatmapData data = new HeatmapData("热力图", List.of("张伟"), List.of("周一", "周二", "周三"),
                List.of(List.of(5, 6, 10)), -1, "次");
        XYPlot plot = new HeatmapRenderer(THEME).chart(data).getXYPlot();

        assertThat(textPaint(plot, "5")).isEqualTo(ChartColors.TEXT);
        assertThat(textPaint(plot, "6")).isEqualTo(Color.WHITE);
        assertThat(textPaint(plot, "10")).isEqualTo(Color.WHITE);
    }

    @Test
    void heatmapHighlightAcceptsNoneAndTheLastColumnOnly() {
        List<String> days = List.of("周一", "周二");
        List<List<Integer>> counts = List.of(List.of(1, 2));
        assertThat(new HeatmapData("t", List.of("张伟"), days, counts, -1, "次").highlightedColumn()).isEqualTo(-1);
        assertThat(new HeatmapData("t", List.of("张伟"), days, counts, 1, "次").highlightedColumn()).isEqualTo(1);
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟"), days, counts, -2, "次"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟"), days, counts, 2, "次"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void radarTakesThreeToEightAxes() {
        assertThat(radar(3).axes()).hasSize(3);
        assertThat(radar(8).axes()).hasSize(8);
        assertThatThrownBy(() -> radar(2)).hasMessage("axes must hold 3 to 8 names, got 2");
        assertThatThrownBy(() -> radar(9)).hasMessage("axes must hold 3 to 8 names, got 9");
    }

    @Test
    void radarValuesMayTouchZeroAndTheRim() {
        List<String> axes = List.of("商机推进", "方案呈现", "跨团队协作");
        RadarData rim = new RadarData("能力雷达", axes, 100, List.of(new RadarSeries("我", List.of(0.0, 100.0, 50.0))));
        assertThat(rim.series()).hasSize(1);
        assertThatThrownBy(() -> new RadarData("能力雷达", axes, 100,
                List.of(new RadarSeries("我", List.of(-0.1, 100.0, 50.0))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RadarData("能力雷达", axes, 100,
                List.of(new RadarSeries("我", List.of(0.0, 100.1, 50.0))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparisonTakesTwoToFourSeriesAndUpToEightMetrics() {
        assertThat(comparison(2, 1).seriesNames()).hasSize(2);
        assertThat(comparison(4, 8).metrics()).hasSize(8);
        assertThatThrownBy(() -> comparison(5, 1)).hasMessage("seriesNames must hold 2 to 4 names, got 5");
        assertThatThrownBy(() -> comparison(3, 9)).hasMessage("metrics must hold 1 to 8 metrics, got 9");
    }

    @Test
    void targetAcceptsZeroAchievedAndRefusesANegativeOne() {
        assertThat(new TargetHealthData("目标健康度", 1, 0, 0, 1, 2, true).completion()).isZero();
        assertThatThrownBy(() -> new TargetHealthData("目标健康度", 1, -1, 0, 1, 2, true))
                .hasMessage("achievedFen must not be negative, got -1");
    }

    private static Paint textPaint(XYPlot plot, String text) {
        return plot.getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation t && t.getText().equals(text))
                .map(a -> ((XYTextAnnotation) a).getPaint())
                .findFirst().orElseThrow();
    }

    static RadarData radar(int axes) {
        List<String> names = IntStream.range(0, axes).mapToObj(i -> "能力" + (i + 1)).toList();
        return new RadarData("能力雷达", names, 100,
                List.of(new RadarSeries("我", Collections.nCopies(axes, 60.0))));
    }

    static ComparisonData comparison(int series, int metrics) {
        List<String> names = IntStream.range(0, series).mapToObj(i -> "对象" + (i + 1)).toList();
        List<MetricBars> list = IntStream.range(0, metrics)
                .mapToObj(i -> new MetricBars("指标" + (i + 1), "%", Collections.nCopies(series, 10.0 + i)))
                .toList();
        return new ComparisonData("我的对比", names, list);
    }
}

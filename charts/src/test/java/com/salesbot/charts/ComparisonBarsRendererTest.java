package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ComparisonBarsRendererTest {

    private final ComparisonBarsRenderer renderer = new ComparisonBarsRenderer(PhoneChartTheme.shared());

    @Test
    void rendersAPhoneSizedPngUnder200KbThatGrowsWithTheMetrics() {
        ComparisonData data = Samples.comparison();
        byte[] png = renderer.render(data);

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(ComparisonBarsRenderer.heightFor(data));
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
        ComparisonData oneMetric = ComparisonData.meVsTop3VsMedian("我的对比", data.metrics().subList(0, 1));
        assertThat(ComparisonBarsRenderer.heightFor(oneMetric)).isLessThan(image.getHeight());
    }

    @Test
    void barsAreScaledPerMetricSoMixedUnitsShareOneAxis() {
        DefaultCategoryDataset dataset = ComparisonBarsRenderer.scaledDataset(Samples.comparison());

        // 线索转化率 12.5 / 21.3 / 14.0 %: TOP3 is the longest bar
        assertThat(dataset.getValue("团队TOP3均值", "线索转化率").doubleValue()).isEqualTo(100.0);
        assertThat(dataset.getValue("我", "线索转化率").doubleValue()).isCloseTo(12.5 / 21.3 * 100, offset(1e-9));
        // 平均客单价 18.6 / 25.4 / 16.2 万元
        assertThat(dataset.getValue("团队中位数", "平均客单价").doubleValue()).isCloseTo(16.2 / 25.4 * 100, offset(1e-9));
    }

    @Test
    void allZeroMetricGivesEmptyBarsNotNaN() {
        ComparisonData data = ComparisonData.meVsTop3VsMedian("我的对比",
                List.of(new MetricBars("复购率", "%", List.of(0.0, 0.0, 0.0))));

        assertThat(ComparisonBarsRenderer.scaledDataset(data).getValue("我", "复购率").doubleValue()).isZero();
        assertThat(Pngs.decode(renderer.render(data)).getWidth()).isEqualTo(720);
    }

    @Test
    void barLabelsShowRealValuesWithTheirUnits() {
        JFreeChart chart = renderer.chart(Samples.comparison());
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(plot.getDataset(), 0, 0)).isEqualTo("12.5%");
        assertThat(ChartTexts.of(chart)).contains("9 次/日", "25.4 万元", "团队TOP3均值", "团队中位数", "复购率");
        assertThat(ComparisonBarsRenderer.format(1234.56, "万元")).isEqualTo("1,234.6 万元");
        assertThat(ComparisonBarsRenderer.format(3, "")).isEqualTo("3");
    }

    @Test
    void eachSeriesIsDrawnInItsOwnColour() {
        BufferedImage image = Pngs.decode(renderer.render(Samples.comparison()));

        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.PRIMARY, 6))).isGreaterThan(5000);
        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.SECONDARY, 6))).isGreaterThan(5000);
        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.NEUTRAL, 6))).isGreaterThan(5000);
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        MetricBars rate = new MetricBars("转化率", "%", List.of(1.0, 2.0, 3.0));
        assertThatThrownBy(() -> ComparisonData.meVsTop3VsMedian("我的对比", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metrics must hold 1 to 8 metrics, got 0");
        assertThatThrownBy(() -> new ComparisonData("我的对比", List.of("我"), List.of(rate)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("seriesNames must hold 2 to 4 names, got 1");
        assertThatThrownBy(() -> new ComparisonData("我的对比", List.of("我", "行业基准"), List.of(rate)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric 转化率 has 3 values but there are 2 series");
        assertThatThrownBy(() -> new MetricBars("转化率", "%", List.of(1.0, -2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative value: -2.0");
    }
}

package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.SpiderWebPlot;
import org.junit.jupiter.api.Test;

class RadarRendererTest {

    private final RadarRenderer renderer = new RadarRenderer(PhoneChartTheme.shared());

    @Test
    void rendersASquarePhoneSizedPngUnder200Kb() {
        byte[] png = renderer.render(Samples.radar());

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(RadarRenderer.HEIGHT);
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
    }

    @Test
    void axesAndLegendCarryTheChineseNamesAndScaleToTheRim() {
        JFreeChart chart = renderer.chart(Samples.radar());
        SpiderWebPlot plot = (SpiderWebPlot) chart.getPlot();
        LegendItemCollection legend = plot.getLegendItems();

        assertThat(plot.getMaxValue()).isEqualTo(100.0);
        assertThat(plot.getDataset().getColumnKeys()).containsExactly(
                "客户深度经营", "商机推进", "方案呈现", "跨团队协作", "客户满意度", "知识沉淀");
        assertThat(legend.getItemCount()).isEqualTo(2);
        assertThat(legend.get(0).getLabel()).isEqualTo("我");
        assertThat(legend.get(1).getLabel()).isEqualTo("团队均值");
        assertThat(plot.getSeriesPaint(0)).isEqualTo(ChartColors.PRIMARY);
        assertThat(plot.getSeriesPaint(1)).isEqualTo(ChartColors.SECONDARY);
    }

    @Test
    void secondSeriesColourAppearsOnlyWhenThereIsASecondSeries() {
        RadarData both = Samples.radar();
        RadarData meOnly = new RadarData(both.title(), both.axes(), both.maxValue(), both.series().subList(0, 1));

        long withTeam = Pngs.count(Pngs.decode(renderer.render(both)), c -> Pngs.near(c, ChartColors.SECONDARY, 8));
        long without = Pngs.count(Pngs.decode(renderer.render(meOnly)), c -> Pngs.near(c, ChartColors.SECONDARY, 8));

        assertThat(withTeam).isGreaterThan(20);
        assertThat(without).isZero();
    }

    @Test
    void webShrinksWhenASideLabelIsLong() {
        java.awt.Font font = PhoneChartTheme.shared().font(java.awt.Font.PLAIN, 21f);
        List<String> shortSide = List.of("深度", "推进", "呈现", "协作", "满意", "沉淀", "案例", "认证");
        List<String> longSide = List.of("深度", "推进", "呈现", "协作", "满意", "沉淀", "可复用案例沉淀", "认证");

        double small = RadarRenderer.interiorGapFor(shortSide, font);
        double large = RadarRenderer.interiorGapFor(longSide, font);

        assertThat(small).isEqualTo(0.2);
        assertThat(large).isGreaterThan(small).isLessThanOrEqualTo(0.5);
    }

    @Test
    void longSideLabelsOfAnEightAxisRadarStayInsideTheImage() {
        BufferedImage image = Pngs.decode(renderer.render(Samples.radar8()));

        assertThat(inkInColumns(image, 0, 6)).as("ink at the left edge").isZero();
        assertThat(inkInColumns(image, image.getWidth() - 6, image.getWidth())).as("ink at the right edge").isZero();
        assertThat(inkInColumns(image, 0, 40)).as("the 可复用案例 label is near the left edge").isPositive();
    }

    private static long inkInColumns(BufferedImage image, int fromX, int toX) {
        long ink = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (Pngs.luminance(Pngs.at(image, x, y)) < 200) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        List<String> five = List.of("客户深度经营", "商机推进", "方案呈现", "跨团队协作", "客户满意度");
        RadarSeries ok = new RadarSeries("我", List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertThatThrownBy(() -> new RadarData("能力雷达", List.of("商机推进", "方案呈现"), 100, List.of(ok)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("axes must hold 3 to 8 names, got 2");
        assertThatThrownBy(() -> new RadarData("能力雷达", five, 100,
                List.of(new RadarSeries("团队均值", List.of(1.0, 2.0, 3.0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series 团队均值 has 3 values but there are 5 axes");
        assertThatThrownBy(() -> new RadarData("能力雷达", five, 100,
                List.of(new RadarSeries("我", List.of(1.0, 2.0, 3.0, 4.0, 120.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series 我 value 120.0 is outside 0..100.0");
        assertThatThrownBy(() -> new RadarData("能力雷达", five, 0, List.of(ok)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxValue must be above zero, got 0.0");
        assertThatThrownBy(() -> new RadarData("能力雷达", five, 100, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("series must hold 1 to 3 entries, got 0");
    }
}

package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class HeatmapRendererTest {

    private final HeatmapRenderer renderer = new HeatmapRenderer(PhoneChartTheme.shared());

    @Test
    void eightRepsGiveAPhoneSizedPngUnder200Kb() {
        byte[] png = renderer.render(Samples.heatmap8x7());

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(HeatmapRenderer.heightFor(8));
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
    }

    @Test
    void thirtyRepsGetATallerImageWithSmallerRowsStillUnder200Kb() {
        byte[] png = renderer.render(Samples.heatmap30x7());

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(HeatmapRenderer.heightFor(30)).isGreaterThan(HeatmapRenderer.heightFor(8));
        assertThat((HeatmapRenderer.heightFor(30) - HeatmapRenderer.heightFor(0)) / 30)
                .as("row height for 30 reps").isLessThan((HeatmapRenderer.heightFor(8) - HeatmapRenderer.heightFor(0)) / 8)
                .isGreaterThanOrEqualTo(30);
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
    }

    @Test
    void highCountCellIsDarkAndZeroCellIsWhite() {
        HeatmapData data = Samples.heatmap8x7();
        BufferedImage image = Pngs.decode(renderer.render(data));
        Cells cells = new Cells(renderer.chart(data), image);

        Color high = cells.background(0, 2);  // 张伟, 14 of max 15
        Color zero = cells.background(3, 0);  // 刘洋, 0
        Color middle = cells.background(2, 0); // 李娜, 7

        assertThat(data.count(0, 2)).isEqualTo(14);
        assertThat(data.count(3, 0)).isZero();
        assertThat(Pngs.near(zero, Color.WHITE, 3)).as("zero cell %s", zero).isTrue();
        assertThat(Pngs.luminance(high)).isLessThan(80);
        assertThat(Pngs.luminance(middle)).isBetween(Pngs.luminance(high) + 1, Pngs.luminance(zero) - 1);
    }

    @Test
    void highlightedDayIsOutlinedAndOtherDaysAreNot() {
        HeatmapData data = Samples.heatmap8x7();
        BufferedImage image = Pngs.decode(renderer.render(data));
        Cells cells = new Cells(renderer.chart(data), image);

        assertThat(Pngs.near(cells.leftEdge(4, 6), ChartColors.HIGHLIGHT, 20)).isTrue();
        assertThat(Pngs.near(cells.leftEdge(4, 3), ChartColors.HIGHLIGHT, 60)).isFalse();
    }

    @Test
    void withoutHighlightNoOutlineColourIsDrawn() {
        HeatmapData plain = new HeatmapData("昨日关键动作热力图", Samples.REPS, Samples.DAYS,
                Samples.heatmap8x7().counts(), -1, "有效触达（次）");

        BufferedImage image = Pngs.decode(renderer.render(plain));

        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.HIGHLIGHT, 20))).isZero();
        assertThat(Pngs.count(Pngs.decode(renderer.render(Samples.heatmap8x7())),
                c -> Pngs.near(c, ChartColors.HIGHLIGHT, 20))).isGreaterThan(1000);
    }

    @Test
    void allZeroCountsStillRender() {
        List<List<Integer>> zeros = List.of(List.of(0, 0), List.of(0, 0));
        HeatmapData data = new HeatmapData("热力图", List.of("张伟", "王芳"), List.of("11/25 周二", "11/26 周三"),
                zeros, 1, "有效触达（次）");

        assertThat(Pngs.decode(renderer.render(data)).getHeight()).isEqualTo(HeatmapRenderer.heightFor(2));
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        List<String> days = List.of("11/25 周二", "11/26 周三");
        assertThatThrownBy(() -> new HeatmapData("t", List.of(), days, List.of(), -1, "次"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rowLabels must not be empty");
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟"), List.of(), List.of(List.of()), -1, "次"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("columnLabels must not be empty");
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟", "王芳"), days, List.of(List.of(1, 2)), -1, "次"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must have one row per row label: expected 2 rows, got 1");
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟", "王芳"), days,
                List.of(List.of(1, 2), List.of(3)), -1, "次"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts row 1 (王芳) must have 2 values, got 1");
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟"), days, List.of(List.of(1, -2)), -1, "次"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative value: -2");
        assertThatThrownBy(() -> new HeatmapData("t", List.of("张伟"), days, List.of(List.of(1, 2)), 2, "次"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("highlightedColumn must be -1 or between 0 and 1, got 2");
        assertThatThrownBy(() -> new HeatmapData(" ", List.of("张伟"), days, List.of(List.of(1, 2)), 0, "次"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title is required");
    }

    /** Maps (row, column) to pixels using the same chart laid out at the same size. */
    private static final class Cells {
        private final BufferedImage image;
        private final XYPlot plot;
        private final Rectangle2D area;

        Cells(JFreeChart chart, BufferedImage image) {
            this.image = image;
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.createBufferedImage(image.getWidth(), image.getHeight(), info);
            this.plot = chart.getXYPlot();
            this.area = info.getPlotInfo().getDataArea();
        }

        /** A point inside the cell, left of the centred number. */
        Color background(int row, int column) {
            return pixel(column - 0.32, row - 0.3);
        }

        Color leftEdge(int row, int column) {
            return pixel(column - 0.5, row);
        }

        private Color pixel(double x, double y) {
            int px = (int) Math.round(plot.getDomainAxis().valueToJava2D(x, area, plot.getDomainAxisEdge()));
            int py = (int) Math.round(plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge()));
            return Pngs.at(image, px, py);
        }
    }
}

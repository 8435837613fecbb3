package com.salesbot.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * R18 grouped horizontal bars. Metrics have different units, so each metric's bars are scaled to its
 * largest value (= 100) and every bar is labelled with its real value and unit.
 */
public final class ComparisonBarsRenderer {

    private static final List<Color> SERIES_COLORS =
            List.of(ChartColors.PRIMARY, ChartColors.SECONDARY, ChartColors.NEUTRAL, ChartColors.GOOD);
    private static final int FRAME_HEIGHT = 220;
    private static final int BAR_HEIGHT = 30;
    private static final int GROUP_GAP = 34;

    private final PhoneChartTheme theme;

    public ComparisonBarsRenderer(PhoneChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public byte[] render(ComparisonData data) {
        return PngEncoder.encode(chart(data), PhoneChartTheme.WIDTH, heightFor(data));
    }

    public static int heightFor(ComparisonData data) {
        return FRAME_HEIGHT + data.metrics().size() * (data.seriesNames().size() * BAR_HEIGHT + GROUP_GAP);
    }

    JFreeChart chart(ComparisonData data) {
        JFreeChart chart = ChartFactory.createBarChart(data.title(), null, null, scaledDataset(data),
                PlotOrientation.HORIZONTAL, true, false, false);
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        TextTitle note = new TextTitle("条长按各指标的最大值等比显示", theme.font(Font.PLAIN, 16f));
        note.setPaint(ChartColors.MUTED_TEXT);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setVisible(false);
        plot.getRangeAxis().setRange(0, 135);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.3);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);

        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(false);
        renderer.setDefaultItemLabelGenerator(new RawValueLabels(data));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(Font.PLAIN, 18f));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        for (int s = 0; s < data.seriesNames().size(); s++) {
            renderer.setSeriesPaint(s, SERIES_COLORS.get(s));
        }
        return chart;
    }

    /** Bar lengths: each value relative to the largest value of its metric, in percent. */
    static DefaultCategoryDataset scaledDataset(ComparisonData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (MetricBars metric : data.metrics()) {
            double max = metric.max();
            for (int s = 0; s < data.seriesNames().size(); s++) {
                double value = metric.values().get(s);
                dataset.addValue(max == 0 ? 0 : value / max * 100, data.seriesNames().get(s), metric.name());
            }
        }
        return dataset;
    }

    static String format(double value, String unit) {
        String number = new DecimalFormat("#,##0.#").format(value);
        return unit.isEmpty() ? number : number + (unit.equals("%") ? "%" : " " + unit);
    }

    private static final class RawValueLabels implements CategoryItemLabelGenerator {
        private final ComparisonData data;

        RawValueLabels(ComparisonData data) {
            this.data = data;
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            MetricBars metric = data.metrics().get(column);
            return format(metric.values().get(row), metric.unit());
        }
    }
}

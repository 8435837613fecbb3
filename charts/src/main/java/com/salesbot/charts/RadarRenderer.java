package com.salesbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** Capability radar: one filled polygon per series over Chinese axis names, legend below. */
public final class RadarRenderer {

    public static final int HEIGHT = 720;
    private static final List<Color> SERIES_COLORS = List.of(ChartColors.PRIMARY, ChartColors.SECONDARY,
            ChartColors.NEUTRAL);

    private final PhoneChartTheme theme;

    public RadarRenderer(PhoneChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public byte[] render(RadarData data) {
        return PngEncoder.encode(chart(data), PhoneChartTheme.WIDTH, HEIGHT);
    }

    JFreeChart chart(RadarData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RadarSeries series : data.series()) {
            for (int a = 0; a < data.axes().size(); a++) {
                dataset.addValue(series.values().get(a), series.name(), data.axes().get(a));
            }
        }
        SpiderWebPlot plot = new SpiderWebPlot(dataset);
        plot.setMaxValue(data.maxValue());
        plot.setWebFilled(true);
        plot.setInteriorGap(0.22);
        plot.setAxisLabelGap(0.08);

        JFreeChart chart = new JFreeChart(data.title(), plot);
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(theme.font(Font.PLAIN, 20f));
        plot.setLabelFont(theme.font(Font.PLAIN, 21f));
        plot.setLabelPaint(ChartColors.TEXT);
        plot.setAxisLinePaint(ChartColors.NEUTRAL);
        plot.setAxisLineStroke(new BasicStroke(1.5f));
        plot.setForegroundAlpha(0.35f);
        for (int s = 0; s < data.series().size(); s++) {
            plot.setSeriesPaint(s, SERIES_COLORS.get(s));
            plot.setSeriesOutlinePaint(s, SERIES_COLORS.get(s));
            plot.setSeriesOutlineStroke(s, new BasicStroke(3f));
        }
        return chart;
    }
}

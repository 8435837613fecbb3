package com.salesbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** Capability radar: one filled polygon per series over Chinese axis names, legend below. */
public final class RadarRenderer {

    public static final int HEIGHT = 720;
    private static final double LABEL_GAP = 0.08;
    private static final double MIN_GAP = 0.2;
    private static final double MAX_GAP = 0.5;
    /** Web area measured for a one-line title and legend: 696 x 627 (image minus title, legend, insets). */
    private static final double PLOT_WIDTH = PhoneChartTheme.WIDTH - 24;
    private static final double PLOT_HEIGHT = HEIGHT - 90;
    private static final double SIDE_MARGIN = 16;
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
        Font labelFont = theme.font(Font.PLAIN, 21f);
        plot.setAxisLabelGap(LABEL_GAP);
        plot.setInteriorGap(interiorGapFor(data.axes(), labelFont));

        JFreeChart chart = new JFreeChart(data.title(), plot);
        theme.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(theme.font(Font.PLAIN, 20f));
        plot.setLabelFont(labelFont);
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

    /**
     * Shrinks the web until every axis label fits beside it: a label starts at (1 + LABEL_GAP) x radius
     * x |cos(angle)| from the centre and runs outwards by its own width. Axes start at 12 o'clock and go
     * clockwise, as in SpiderWebPlot.
     */
    static double interiorGapFor(List<String> axes, Font font) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double half = PhoneChartTheme.WIDTH / 2.0;
        double radius = Math.min(PLOT_WIDTH, PLOT_HEIGHT) * (1 - MIN_GAP) / 2;
        for (int i = 0; i < axes.size(); i++) {
            double cos = Math.abs(Math.cos(Math.toRadians(90 - 360.0 * i / axes.size())));
            if (cos < 0.05) {
                continue;
            }
            double labelWidth = font.getStringBounds(axes.get(i), frc).getWidth();
            double fits = (half - SIDE_MARGIN - labelWidth) / ((1 + LABEL_GAP) * cos);
            radius = Math.min(radius, fits);
        }
        double gap = 1 - 2 * radius / Math.min(PLOT_WIDTH, PLOT_HEIGHT);
        return Math.max(MIN_GAP, Math.min(MAX_GAP, gap));
    }
}

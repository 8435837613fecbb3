package com.salesbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * R8 capability-resource matrix: one labelled dot per rep (x = median deal size in 万元, y = large-account win rate
 * in %), dashed lines at the team medians, the four quadrant names in the corners. Reps without a closed large
 * account have no y value and are listed under the chart instead of being drawn at 0 %.
 */
public final class QuadrantRenderer {
    public static final int HEIGHT = 720;
    private final PhoneChartTheme theme;

    public QuadrantRenderer(PhoneChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public byte[] render(QuadrantData data) {
        return PngEncoder.encode(chart(data), PhoneChartTheme.WIDTH, HEIGHT);
    }

    JFreeChart chart(QuadrantData data) {
        XYSeries series = new XYSeries("reps", false, true);
        List<QuadrantData.Point> drawn = data.points().stream().filter(p -> p.y() != null).toList();
        drawn.forEach(p -> series.add(p.x(), p.y()));
        NumberAxis x = new NumberAxis(data.xLabel());
        NumberAxis y = new NumberAxis(data.yLabel());
        double maxX = Math.max(data.xThreshold() * 2, drawn.stream().mapToDouble(QuadrantData.Point::x).max()
                .orElse(1)) * 1.15;
        x.setRange(0, maxX <= 0 ? 1 : maxX);
        y.setRange(-16, 124);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(25));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-9, -9, 18, 18));
        dots.setSeriesPaint(0, ChartColors.PRIMARY);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, dots);
        ValueMarker vertical = new ValueMarker(data.xThreshold());
        ValueMarker horizontal = new ValueMarker(data.yThreshold());
        for (ValueMarker m : List.of(vertical, horizontal)) {
            m.setPaint(ChartColors.NEUTRAL);
            m.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f},
                    0f));
        }
        plot.addDomainMarker(vertical);
        plot.addRangeMarker(horizontal);
        Font corner = theme.font(Font.BOLD, 20f);
        double xr = x.getUpperBound();
        corner(plot, data.names().get(0), xr * 0.02, 122, TextAnchor.TOP_LEFT, corner);     // low size, high win
        corner(plot, data.names().get(1), xr * 0.98, 122, TextAnchor.TOP_RIGHT, corner);    // high, high
        corner(plot, data.names().get(2), xr * 0.02, -14, TextAnchor.BOTTOM_LEFT, corner);   // low, low
        corner(plot, data.names().get(3), xr * 0.98, -14, TextAnchor.BOTTOM_RIGHT, corner);  // high, low
        Font label = theme.font(Font.PLAIN, 18f);
        for (QuadrantData.Point p : drawn) {
            XYTextAnnotation a = new XYTextAnnotation(p.name(), p.x(), p.y());
            a.setFont(label);
            a.setPaint(ChartColors.TEXT);
            a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            a.setY(p.y() + 2.5);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(data.title(), plot);
        theme.apply(chart);
        chart.removeLegend();
        dots.setSeriesPaint(0, ChartColors.PRIMARY);
        x.setLabelFont(theme.font(Font.PLAIN, 18f));
        y.setLabelFont(theme.font(Font.PLAIN, 18f));
        x.setTickLabelFont(theme.font(Font.PLAIN, 16f));
        y.setTickLabelFont(theme.font(Font.PLAIN, 16f));
        List<String> unplaced = data.points().stream().filter(p -> p.y() == null).map(QuadrantData.Point::name)
                .toList();
        if (!unplaced.isEmpty()) {
            TextTitle note = new TextTitle(data.unplacedLabel() + ": " + String.join("、", unplaced),
                    theme.font(Font.PLAIN, 17f));
            note.setPaint(ChartColors.MUTED_TEXT);
            note.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        return chart;
    }

    private static void corner(XYPlot plot, String text, double x, double y, TextAnchor anchor, Font font) {
        XYTextAnnotation a = new XYTextAnnotation(text, x, y);
        a.setFont(font);
        a.setPaint(new Color(0x5F, 0x63, 0x68));
        a.setTextAnchor(anchor);
        plot.addAnnotation(a);
    }
}

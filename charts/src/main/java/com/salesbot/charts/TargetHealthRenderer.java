package com.salesbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * R9 bullet chart: a "目标完成" row (grey track up to the target, achieved bar, target tick) and an
 * "有效储备" row (track up to the warning line, reserve bar, gap tick). Red only when the warning is on.
 */
public final class TargetHealthRenderer {

    public static final int HEIGHT = 460;
    private static final double COMPLETION_ROW = 1;
    private static final double RESERVE_ROW = 0;

    private final PhoneChartTheme theme;

    public TargetHealthRenderer(PhoneChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public byte[] render(TargetHealthData data) {
        return PngEncoder.encode(chart(data), PhoneChartTheme.WIDTH, HEIGHT);
    }

    JFreeChart chart(TargetHealthData data) {
        NumberAxis amount = new NumberAxis("金额（万元）");
        long largest = Math.max(Math.max(data.targetFen(), data.achievedFen()),
                Math.max(data.reserveFen(), data.warningLineFen()));
        amount.setRange(0, toWan(largest) * 1.12);
        SymbolAxis rows = new SymbolAxis(null, new String[] {"有效储备", "目标完成"});
        rows.setGridBandsVisible(false);
        rows.setRange(-0.5, 1.75);

        XYPlot plot = new XYPlot(null, amount, rows, null);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(data.title(), plot);
        chart.removeLegend();
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(8, 8, 8, 24));
        chart.addSubtitle(statusLine(data));
        TextTitle key = new TextTitle("黑色竖线：目标 / 警戒线　灰色虚线：缺口", theme.font(Font.PLAIN, 17f));
        key.setPaint(ChartColors.MUTED_TEXT);
        key.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(key);
        if (data.warning()) {
            chart.getTitle().setPaint(ChartColors.WARNING);
        }
        addCompletionRow(plot, data);
        addReserveRow(plot, data);
        return chart;
    }

    private TextTitle statusLine(TargetHealthData data) {
        TextTitle status = new TextTitle(data.warning()
                ? "预警：有效商机储备不足以覆盖缺口"
                : "储备健康：有效商机储备高于警戒线");
        status.setFont(theme.font(Font.BOLD, 22f));
        status.setPaint(data.warning() ? ChartColors.WARNING : ChartColors.GOOD);
        status.setMargin(4, 0, 8, 0);
        return status;
    }

    private void addCompletionRow(XYPlot plot, TargetHealthData data) {
        double target = toWan(data.targetFen());
        addTrack(plot, COMPLETION_ROW, target);
        addBar(plot, COMPLETION_ROW, toWan(data.achievedFen()), ChartColors.PRIMARY);
        addTick(plot, COMPLETION_ROW, target, new BasicStroke(5f), ChartColors.TEXT);
        addCaption(plot, COMPLETION_ROW, String.format(Locale.ROOT, "已完成 %s ／ 目标 %s · 完成率 %d%%",
                wan(data.achievedFen()), wan(data.targetFen()), Math.round(data.completion() * 100)));
    }

    private void addReserveRow(XYPlot plot, TargetHealthData data) {
        addTrack(plot, RESERVE_ROW, toWan(data.warningLineFen()));
        addBar(plot, RESERVE_ROW, toWan(data.reserveFen()), data.warning() ? ChartColors.WARNING : ChartColors.GOOD);
        addTick(plot, RESERVE_ROW, toWan(data.gapFen()), new BasicStroke(3f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f), ChartColors.MUTED_TEXT);
        addTick(plot, RESERVE_ROW, toWan(data.warningLineFen()), new BasicStroke(5f), ChartColors.TEXT);
        addCaption(plot, RESERVE_ROW, String.format(Locale.ROOT, "储备 %s · 缺口 %s · 警戒线 %s",
                wan(data.reserveFen()), wan(data.gapFen()), wan(data.warningLineFen())));
    }

    private static void addTrack(XYPlot plot, double row, double end) {
        plot.addAnnotation(new XYBoxAnnotation(0, row - 0.22, end, row + 0.22, null, null, ChartColors.TRACK));
    }

    private static void addBar(XYPlot plot, double row, double end, Paint paint) {
        plot.addAnnotation(new XYBoxAnnotation(0, row - 0.1, end, row + 0.1, null, null, paint));
    }

    private static void addTick(XYPlot plot, double row, double x, BasicStroke stroke, Color paint) {
        plot.addAnnotation(new XYLineAnnotation(x, row - 0.3, x, row + 0.3, stroke, paint));
    }

    private void addCaption(XYPlot plot, double row, String text) {
        XYTextAnnotation caption = new XYTextAnnotation(text, 0, row + 0.3);
        caption.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        caption.setFont(theme.font(Font.PLAIN, 19f));
        caption.setPaint(ChartColors.TEXT);
        plot.addAnnotation(caption);
    }

    private static double toWan(long fen) {
        return fen / 1_000_000.0;
    }

    private static String wan(long fen) {
        return String.format(Locale.ROOT, "%.1f 万", toWan(fen));
    }
}

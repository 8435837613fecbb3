package com.salesbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** R4 heatmap: reps by business day, counts written in the cells, the highlighted day outlined. */
public final class HeatmapRenderer {

    private static final int HEADER_AND_LEGEND_HEIGHT = 300;
    private static final int COMPACT_ROWS = 12;

    private final PhoneChartTheme theme;

    public HeatmapRenderer(PhoneChartTheme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    public byte[] render(HeatmapData data) {
        return PngEncoder.encode(chart(data), PhoneChartTheme.WIDTH, heightFor(data.rowLabels().size()));
    }

    /** Image height: rows get less room once there are many of them, so 30 reps still fit a card. */
    public static int heightFor(int rows) {
        return HEADER_AND_LEGEND_HEIGHT + rows * rowHeight(rows);
    }

    private static int rowHeight(int rows) {
        return rows <= COMPACT_ROWS ? 52 : 34;
    }

    JFreeChart chart(HeatmapData data) {
        int rows = data.rowLabels().size();
        int columns = data.columnLabels().size();
        LinearPaintScale scale = scaleFor(data);

        SymbolAxis days = new SymbolAxis(null, data.columnLabels().toArray(String[]::new));
        days.setGridBandsVisible(false);
        SymbolAxis reps = new SymbolAxis(null, data.rowLabels().toArray(String[]::new));
        reps.setGridBandsVisible(false);
        reps.setInverted(true);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset(data), days, reps, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(data.title(), plot);
        chart.removeLegend();
        chart.addSubtitle(new TextTitle("格内数字为次数，橙框为昨日"));
        chart.addSubtitle(legend(scale, data.valueLabel()));
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));

        Font tickFont = theme.font(Font.PLAIN, rows <= COMPACT_ROWS ? 18f : 16f);
        days.setTickLabelFont(theme.font(Font.PLAIN, columns <= 7 ? 15f : 13f));
        reps.setTickLabelFont(tickFont);
        addCellSeparators(plot, rows, columns);
        addCounts(plot, data, scale);
        if (data.highlightedColumn() >= 0) {
            int c = data.highlightedColumn();
            // y values given bottom-first: the rep axis is inverted and the box needs a positive height
            plot.addAnnotation(new XYBoxAnnotation(c - 0.5, rows - 0.5, c + 0.5, -0.5,
                    new BasicStroke(5f), ChartColors.HIGHLIGHT, null));
        }
        return chart;
    }

    private static LinearPaintScale scaleFor(HeatmapData data) {
        return new LinearPaintScale(0, Math.max(1, data.maxCount()), ChartColors.HEAT_LOW, ChartColors.HEAT_HIGH);
    }

    private static DefaultXYZDataset dataset(HeatmapData data) {
        int rows = data.rowLabels().size();
        int columns = data.columnLabels().size();
        double[][] series = new double[3][rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                series[0][i] = c;
                series[1][i] = r;
                series[2][i] = data.count(r, c);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("counts", series);
        return dataset;
    }

    private PaintScaleLegend legend(LinearPaintScale scale, String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(16);
        legend.setSubdivisionCount(100);
        legend.setStripOutlineVisible(true);
        legend.setMargin(new RectangleInsets(12, 60, 8, 60));
        return legend;
    }

    private static void addCellSeparators(XYPlot plot, int rows, int columns) {
        BasicStroke stroke = new BasicStroke(2f);
        for (int c = 0; c <= columns; c++) {
            plot.addAnnotation(new XYLineAnnotation(c - 0.5, -0.5, c - 0.5, rows - 0.5, stroke, ChartColors.GRID));
        }
        for (int r = 0; r <= rows; r++) {
            plot.addAnnotation(new XYLineAnnotation(-0.5, r - 0.5, columns - 0.5, r - 0.5, stroke, ChartColors.GRID));
        }
    }

    private void addCounts(XYPlot plot, HeatmapData data, LinearPaintScale scale) {
        int rows = data.rowLabels().size();
        Font font = theme.font(Font.BOLD, rows <= COMPACT_ROWS ? 20f : 16f);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < data.columnLabels().size(); c++) {
                int count = data.count(r, c);
                XYTextAnnotation text = new XYTextAnnotation(Integer.toString(count), c, r);
                text.setFont(font);
                text.setPaint(scale.fraction(count) > 0.5 ? Color.WHITE : ChartColors.TEXT);
                plot.addAnnotation(text);
            }
        }
    }
}

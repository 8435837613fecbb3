package com.salesbot.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Large CJK text on a white background, sized for a 720 px wide card image on a phone. Charts built
 * with {@code new JFreeChart(...)} need {@link #apply}; set series colours after it, because the theme
 * resets them.
 */
public final class PhoneChartTheme {

    public static final int WIDTH = 720;

    private final ChartFont font;
    private final StandardChartTheme theme;

    public PhoneChartTheme(ChartFont font) {
        this.font = Objects.requireNonNull(font, "font");
        this.theme = new StandardChartTheme("salesbot-phone");
        theme.setExtraLargeFont(font.sized(Font.BOLD, 30f));
        theme.setLargeFont(font.sized(Font.PLAIN, 22f));
        theme.setRegularFont(font.sized(Font.PLAIN, 20f));
        theme.setSmallFont(font.sized(Font.PLAIN, 17f));
        theme.setTitlePaint(ChartColors.TEXT);
        theme.setSubtitlePaint(ChartColors.MUTED_TEXT);
        theme.setLegendItemPaint(ChartColors.TEXT);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setAxisLabelPaint(ChartColors.TEXT);
        theme.setTickLabelPaint(ChartColors.TEXT);
        theme.setItemLabelPaint(ChartColors.TEXT);
        theme.setDomainGridlinePaint(ChartColors.GRID);
        theme.setRangeGridlinePaint(ChartColors.GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
    }

    /** The theme over the shared CJK font. */
    public static PhoneChartTheme shared() {
        return Shared.THEME;
    }

    private static final class Shared {
        static final PhoneChartTheme THEME = new PhoneChartTheme(CjkFontLoader.shared());
    }

    public JFreeChart apply(JFreeChart chart) {
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 20));
        }
        return chart;
    }

    public Font font(int style, float size) {
        return font.sized(style, size);
    }

    public ChartFont chartFont() {
        return font;
    }
}

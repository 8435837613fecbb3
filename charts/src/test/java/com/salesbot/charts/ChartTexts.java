package com.salesbot.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;

/** Every piece of text a chart will draw, so a test can check the font has a glyph for each. */
final class ChartTexts {

    private ChartTexts() {
    }

    static List<String> of(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        if (chart.getTitle() != null) {
            texts.add(chart.getTitle().getText());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            addTitle(chart.getSubtitle(i), texts);
        }
        Plot plot = chart.getPlot();
        LegendItemCollection legend = plot.getLegendItems();
        if (legend != null) {
            for (int i = 0; i < legend.getItemCount(); i++) {
                LegendItem item = legend.get(i);
                texts.add(item.getLabel());
            }
        }
        if (plot instanceof XYPlot xy) {
            addAxis(xy.getDomainAxis(), texts);
            addAxis(xy.getRangeAxis(), texts);
            for (XYAnnotation annotation : xy.getAnnotations()) {
                if (annotation instanceof XYTextAnnotation text) {
                    texts.add(text.getText());
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            addAxis(category.getDomainAxis(), texts);
            addAxis(category.getRangeAxis(), texts);
            CategoryDataset dataset = category.getDataset();
            CategoryItemRenderer renderer = category.getRenderer();
            addKeys(dataset, texts);
            for (int r = 0; r < dataset.getRowCount(); r++) {
                for (int c = 0; c < dataset.getColumnCount(); c++) {
                    texts.add(renderer.getItemLabelGenerator(r, c).generateLabel(dataset, r, c));
                }
            }
        } else if (plot instanceof SpiderWebPlot spider) {
            addKeys(spider.getDataset(), texts);
        }
        texts.removeIf(t -> t == null || t.isEmpty());
        return texts;
    }

    private static void addTitle(Title title, List<String> texts) {
        if (title instanceof TextTitle text) {
            texts.add(text.getText());
        } else if (title instanceof PaintScaleLegend scale) {
            addAxis(scale.getAxis(), texts);
        }
    }

    private static void addAxis(Axis axis, List<String> texts) {
        if (axis == null) {
            return;
        }
        texts.add(axis.getLabel());
        if (axis instanceof SymbolAxis symbols) {
            texts.addAll(List.of(symbols.getSymbols()));
        }
    }

    private static void addKeys(CategoryDataset dataset, List<String> texts) {
        dataset.getRowKeys().forEach(k -> texts.add(k.toString()));
        dataset.getColumnKeys().forEach(k -> texts.add(k.toString()));
    }
}

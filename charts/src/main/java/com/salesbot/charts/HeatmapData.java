package com.salesbot.charts;

import java.util.List;

/**
 * Counts per rep (rows) and business day (columns), e.g. effective touches for R4.
 *
 * @param title             chart title, e.g. 昨日关键动作热力图
 * @param rowLabels         rep names, top to bottom
 * @param columnLabels      day labels, left to right, e.g. "11/20 周五"
 * @param counts            counts[row][column], not negative
 * @param highlightedColumn the column to outline (yesterday), or -1 for none
 * @param valueLabel        what a count means, shown by the colour legend, e.g. 有效触达（次）
 */
public record HeatmapData(String title, List<String> rowLabels, List<String> columnLabels,
                          List<List<Integer>> counts, int highlightedColumn, String valueLabel) {

    public HeatmapData {
        title = requireText(title, "title");
        valueLabel = requireText(valueLabel, "valueLabel");
        rowLabels = labels(rowLabels, "rowLabels");
        columnLabels = labels(columnLabels, "columnLabels");
        if (counts == null || counts.size() != rowLabels.size()) {
            throw new IllegalArgumentException("counts must have one row per row label: expected "
                    + rowLabels.size() + " rows, got " + (counts == null ? "null" : counts.size()));
        }
        for (int r = 0; r < counts.size(); r++) {
            List<Integer> row = counts.get(r);
            if (row == null || row.size() != columnLabels.size()) {
                throw new IllegalArgumentException("counts row " + r + " (" + rowLabels.get(r) + ") must have "
                        + columnLabels.size() + " values, got " + (row == null ? "null" : row.size()));
            }
            for (Integer value : row) {
                if (value == null || value < 0) {
                    throw new IllegalArgumentException("counts row " + r + " (" + rowLabels.get(r)
                            + ") has a missing or negative value: " + value);
                }
            }
        }
        counts = counts.stream().map(List::copyOf).toList();
        if (highlightedColumn < -1 || highlightedColumn >= columnLabels.size()) {
            throw new IllegalArgumentException("highlightedColumn must be -1 or between 0 and "
                    + (columnLabels.size() - 1) + ", got " + highlightedColumn);
        }
    }

    public int count(int row, int column) {
        return counts.get(row).get(column);
    }

    public int maxCount() {
        return counts.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static List<String> labels(List<String> labels, String field) {
        if (labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (String label : labels) {
            requireText(label, field + " entry");
        }
        return List.copyOf(labels);
    }
}

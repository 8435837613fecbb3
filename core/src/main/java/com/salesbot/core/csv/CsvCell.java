package com.salesbot.core.csv;

/**
 * One cell of a CSV file people open in a spreadsheet: RFC 4180 quoting (a cell with a comma, quote or line break is
 * quoted, quotes doubled), and a leading = + - @ made inert with an apostrophe so that it never runs as a formula.
 */
public final class CsvCell {
    private CsvCell() {
    }

    public static String of(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

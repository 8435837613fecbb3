package com.salesbot.bot.workbench;

/** One CSV cell (RFC 4180 quoting), with a leading = + - @ made inert for spreadsheets. */
final class Csv {
    private Csv() {
    }

    static String cell(String value) {
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

package com.salesbot.adapters.mysql;

/**
 * Which database the stores use, safe to log: the location never carries credentials or URL options.
 *
 * @param product  e.g. H2, MySQL, MariaDB
 * @param version  the server version as reported by the driver
 * @param location e.g. file:./data/salesbot or 127.0.0.1:3306/salesbot
 */
public record DatabaseInfo(String product, String version, String location) {

    /** e.g. "MariaDB 10.11.19 127.0.0.1:3306/test" or "H2 2.3.232 file:./data/salesbot". */
    public String describe() {
        return product + " " + version + " " + location;
    }

    /** Strips the scheme prefix, user info, query string and H2 ;options from a JDBC URL. */
    static String locationOf(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "unknown";
        }
        String rest = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
        int vendorEnd = rest.indexOf(':');
        if (vendorEnd >= 0) {
            rest = rest.substring(vendorEnd + 1);
        }
        rest = cutAt(cutAt(rest, '?'), ';');
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                rest = rest.substring(at + 1);
            }
        }
        return rest;
    }

    private static String cutAt(String text, char mark) {
        int index = text.indexOf(mark);
        return index < 0 ? text : text.substring(0, index);
    }
}

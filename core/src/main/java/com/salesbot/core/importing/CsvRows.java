package com.salesbot.core.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV with a header row (UTF-8 text, optional BOM, quoted fields with doubled quotes and embedded line
 * breaks) turned into one column → value map per data row. Blank lines are skipped.
 */
public final class CsvRows {
    private CsvRows() {
    }

    /** @throws IllegalArgumentException when the header is missing or repeated, or a quote is never closed */
    public static List<Map<String, String>> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("CSV 内容为空");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = records(body);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("CSV 缺少表头行");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (header.stream().distinct().count() != header.size() || header.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("CSV 表头有空列名或重复列名: " + header);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < record.size(); i++) {
                row.put(i < header.size() ? header.get(i) : "#" + (i + 1), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                end(records, record, field, any);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV 第 " + line + " 行的引号没有闭合");
        }
        end(records, record, field, any);
        return records;
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean any) {
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}

package com.salesbot.core.importing;

import com.salesbot.core.port.Transactions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The all-or-nothing rule of every import: read and check every row, and only when no row has a problem write
 * them all in one transaction. Duplicate keys inside one batch are refused (the later row names the earlier).
 */
final class BatchImporter {
    static final int MAX_ROWS = 5000;

    private final Transactions transactions;
    private final ZoneId zone;

    BatchImporter(Transactions transactions, ZoneId zone) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param reader reads one row; returns null when it recorded a problem
     * @param key    the row's identity, for in-batch duplicate detection
     * @param keyField the column named when a key repeats
     * @param writer writes one checked row (an upsert)
     */
    <T> ImportReport run(String kind, List<Map<String, String>> rows, Function<RowFields, T> reader,
                         Function<T, String> key, String keyField, Consumer<T> writer) {
        List<RowError> errors = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(0, "row", "一次最多导入 " + MAX_ROWS + " 行，本次 " + rows.size() + " 行"));
            return new ImportReport(kind, rows.size(), 0, errors);
        }
        List<T> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 1;
            int before = errors.size();
            RowFields fields = new RowFields(row, rows.get(i) == null ? Map.of() : rows.get(i), errors, zone);
            T value = null;
            try {
                value = reader.apply(fields);
            } catch (IllegalArgumentException e) {
                fields.error("row", e.getMessage());
            }
            if (value == null || errors.size() > before) {
                continue;
            }
            Integer first = seen.putIfAbsent(key.apply(value), row);
            if (first != null) {
                fields.error(keyField, "与第 " + first + " 行重复");
                continue;
            }
            checked.add(value);
        }
        if (!errors.isEmpty()) {
            return new ImportReport(kind, rows.size(), 0, errors);
        }
        transactions.inTransaction(() -> {
            checked.forEach(writer);
            return null;
        });
        return new ImportReport(kind, rows.size(), checked.size(), List.of());
    }
}

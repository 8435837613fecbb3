package com.salesbot.core.importing;

import com.salesbot.core.feature.targets.*;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.importing.ImportReport;
import com.salesbot.core.importing.RowError;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The targets feature's imports (JSON rows): market factors, regions, level targets, customer-voice answers, growth
 * points, orders and knowledge-base searches. Every row is checked first; one bad row and nothing is written, with
 * every problem listed (row, field, reason in Chinese). Re-importing updates where the record has a natural key.
 */
public final class TargetsImports {
    public static final List<String> KINDS = List.of("market-factors", "regions", "level-targets", "voice-answers",
            "growth-points", "orders", "kb-searches");
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "是");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "否");

    private final TargetsDataStore data;
    private final GrowthAccount growth;
    private final ZoneId zone;

    public TargetsImports(TargetsDataStore data, GrowthAccount growth, ZoneId zone) {
        this.data = data;
        this.growth = growth;
        this.zone = zone;
    }

    public ImportReport run(String kind, List<Map<String, Object>> rows, long now) {
        return switch (kind) {
            case "market-factors" -> batch(kind, rows, r -> new MarketFactor(r.text("industry"), r.quarter("quarter"),
                    r.decimal("factor"), r.optional("note")), all -> all.forEach(data::saveMarketFactor));
            case "regions" -> batch(kind, rows, r -> new Region(r.text("id"), r.text("name"), r.list("teamIds")),
                    all -> all.forEach(data::saveRegion));
            case "level-targets" -> batch(kind, rows, r -> new LevelTarget(r.level("level"), r.text("scopeId"),
                    r.quarter("quarter"), r.whole("amountFen")), all -> all.forEach(data::saveLevelTarget));
            case "voice-answers" -> batch(kind, rows, r -> new VoiceAnswer(r.quarter("quarter"), r.text("repId"),
                    r.text("customerId"), r.list("actions"), (int) r.whole("score")),
                    all -> all.forEach(data::saveVoiceAnswer));
            case "growth-points" -> batch(kind, rows, r -> {
                String kindOf = r.text("kind");
                growth.pointsCheck(kindOf);
                return new Object[] {r.text("repId"), kindOf, r.text("item"), r.has("at") ? r.instant("at") : now};
            }, all -> all.forEach(a -> growth.award((String) a[0], (String) a[1], (String) a[2], (Long) a[3], "api",
                    "api")));
            case "orders" -> batch(kind, rows, r -> new CustomerOrder(r.text("id"), r.text("customerId"),
                    r.whole("amountFen"), r.text("status"), r.bool("fulfilled"), r.instant("orderedAt")),
                    data::saveOrders);
            case "kb-searches" -> batch(kind, rows, r -> new KbSearch(r.text("customerId"), r.text("keyword"),
                    r.instant("searchedAt")), data::saveKbSearches);
            default -> null;
        };
    }

    private <T> ImportReport batch(String kind, List<Map<String, Object>> rows, Function<Row, T> parse,
                                   Consumer<Collection<T>> write) {
        List<RowError> errors = new ArrayList<>();
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = new Row(i + 1, rows.get(i) == null ? Map.of() : rows.get(i), zone);
            try {
                parsed.add(parse.apply(row));
            } catch (RowProblem p) {
                errors.add(new RowError(i + 1, p.field, p.getMessage()));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, "row", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(kind, rows.size(), 0, errors);
        }
        write.accept(parsed);
        return new ImportReport(kind, rows.size(), rows.size(), List.of());
    }

    static final class RowProblem extends IllegalArgumentException {
        final String field;

        RowProblem(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    /** Typed reads of one row; the first problem of the row is reported. */
    static final class Row {
        private final Map<String, Object> values;
        private final ZoneId zone;

        Row(int index, Map<String, Object> values, ZoneId zone) {
            this.values = values;
            this.zone = zone;
        }

        boolean has(String field) {
            return optional(field) != null;
        }

        String optional(String field) {
            Object v = values.get(field);
            return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).strip();
        }

        String text(String field) {
            String v = optional(field);
            if (v == null) {
                throw new RowProblem(field, "必填");
            }
            return v;
        }

        long whole(String field) {
            String v = text(field);
            try {
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new RowProblem(field, "不能为负数");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new RowProblem(field, "应为整数: " + v);
            }
        }

        double decimal(String field) {
            String v = text(field);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new RowProblem(field, "应为数字: " + v);
            }
        }

        boolean bool(String field) {
            String v = text(field).toLowerCase();
            if (TRUE.contains(v)) {
                return true;
            }
            if (FALSE.contains(v)) {
                return false;
            }
            throw new RowProblem(field, "应为 true/false: " + v);
        }

        Quarter quarter(String field) {
            String v = text(field);
            try {
                return Quarter.parse(v);
            } catch (IllegalArgumentException e) {
                throw new RowProblem(field, "季度格式应为 2026Q1: " + v);
            }
        }

        OrgLevel level(String field) {
            String v = text(field);
            try {
                return OrgLevel.valueOf(v.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new RowProblem(field, "层级应为 company/region/team: " + v);
            }
        }

        List<String> list(String field) {
            Object v = values.get(field);
            if (v instanceof Collection<?> c) {
                return c.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            String t = optional(field);
            return t == null ? List.of() : List.of(t.split("[|;,，、]")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }

        long instant(String field) {
            String v = text(field);
            try {
                if (v.chars().allMatch(Character::isDigit)) {
                    return Long.parseLong(v);
                }
                if (v.endsWith("Z")) {
                    return Instant.parse(v).toEpochMilli();
                }
                if (v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                    return OffsetDateTime.parse(v).toInstant().toEpochMilli();
                }
                return LocalDateTime.parse(v.replace(' ', 'T')).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeException | NumberFormatException e) {
                throw new RowProblem(field, "时间格式应为毫秒时间戳或 ISO-8601: " + v);
            }
        }
    }
}

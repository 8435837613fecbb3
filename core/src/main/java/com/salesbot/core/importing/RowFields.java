package com.salesbot.core.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of one row's columns; each bad value is recorded as a {@link RowError} and read as null, so a
 * row reports all of its problems at once. Blank means absent.
 */
final class RowFields {
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "是");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "否");

    private final int row;
    private final Map<String, String> values;
    private final List<RowError> errors;
    private final ZoneId zone;

    RowFields(int row, Map<String, String> values, List<RowError> errors, ZoneId zone) {
        this.row = row;
        this.values = values;
        this.errors = errors;
        this.zone = zone;
    }

    int row() {
        return row;
    }

    void error(String field, String reason) {
        errors.add(new RowError(row, field, reason));
    }

    String optional(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String field) {
        String v = optional(field);
        if (v == null) {
            error(field, "必填");
        }
        return v;
    }

    String required(String field, int maxLength) {
        String v = required(field);
        if (v != null && v.length() > maxLength) {
            error(field, "超过 " + maxLength + " 个字符");
            return null;
        }
        return v;
    }

    Long amountFen(String field, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                error(field, "不能为负数");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(field, "应为整数（单位：分）: " + v);
            return null;
        }
    }

    Integer count(String field, int max) {
        String v = required(field);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > max) {
                error(field, "应在 0 到 " + max + " 之间: " + v);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(field, "应为整数: " + v);
            return null;
        }
    }

    boolean flag(String field) {
        return flag(field, false);
    }

    boolean flag(String field, boolean absent) {
        String v = optional(field);
        if (v == null) {
            return absent;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (!FALSE.contains(lower)) {
            error(field, "应为 true 或 false: " + v);
        }
        return false;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(field, "取值应为 " + List.of(type.getEnumConstants()) + " 之一: " + v);
            return null;
        }
    }

    String code(String field, Set<String> allowed) {
        String v = required(field);
        if (v != null && !allowed.contains(v)) {
            error(field, "不是已配置的编码 " + allowed + ": " + v);
            return null;
        }
        return v;
    }

    LocalDate date(String field, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            error(field, "日期格式应为 yyyy-MM-dd: " + v);
            return null;
        }
    }

    YearMonth month(String field) {
        String v = required(field);
        if (v == null) {
            return null;
        }
        try {
            return YearMonth.parse(v);
        } catch (DateTimeException e) {
            error(field, "月份格式应为 yyyy-MM: " + v);
            return null;
        }
    }

    /** Epoch milliseconds, ISO-8601 with offset, or a local date-time read in the business zone. */
    Long instant(String field, boolean required) {
        String v = required ? required(field) : optional(field);
        if (v == null) {
            return null;
        }
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
            error(field, "时间格式应为毫秒时间戳或 ISO-8601（如 2026-06-17T10:30:00+08:00）: " + v);
            return null;
        }
    }
}

package com.salesbot.core.capture;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of {@code 请假 ...}: 今天 / 明天 / 后天, a day (12月8日, 12月8号, 2026年12月8日, 2026-12-08, 12/8)
 * or a range of two of them joined by 到 / 至 / - / ~ / —. A day without a year is in the current year, or in the
 * next one when that date is more than {@value #MAX_DAYS_BACK} days past (in December, 1月5日 is next January); a
 * range end without a year that falls before the start is in the next year when that keeps the range within
 * {@value #MAX_DAYS} days (12月30日到1月3日), otherwise it is an end before the start. Refused with a Chinese reason: an
 * impossible date (2月30日), an end before the start, a start more than {@value #MAX_DAYS_BACK} days back, more
 * than {@value #MAX_DAYS} days in one absence, and anything else that is not a date.
 */
public final class AbsenceDates {
    public static final int MAX_DAYS = 60;
    public static final int MAX_DAYS_BACK = 30;
    public static final String EXAMPLES = "例如“请假 明天”或“请假 12月8日到12月10日”";

    private static final Pattern WORD_RANGE = Pattern.compile("^(.+?)\\s*(?:到|至|~|～|—|－)\\s*(.+)$");
    private static final Pattern ISO_RANGE =
            Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})\\s*-\\s*(\\d{4}-\\d{1,2}-\\d{1,2})$");
    private static final Pattern DASH_RANGE = Pattern.compile("^([^-]+?)\\s*-\\s*([^-]+)$");
    private static final Pattern CHINESE = Pattern.compile("^(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]?$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$");
    private static final Pattern SLASH = Pattern.compile("^(\\d{1,2})[/.](\\d{1,2})$");

    private AbsenceDates() {
    }

    /** Either the range or the reason it was refused. */
    public record Parsed(LocalDate from, LocalDate to, String problem) {
        public boolean ok() {
            return problem == null;
        }

        static Parsed refused(String problem) {
            return new Parsed(null, null, problem);
        }
    }

    public static Parsed parse(String text, LocalDate today) {
        String t = text == null ? "" : text.strip().replace('：', ':').replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return Parsed.refused("请告诉我请假的日期，" + EXAMPLES + "。");
        }
        LocalDate from;
        LocalDate to;
        Matcher range = range(t);
        if (range != null) {
            Optional<LocalDate> start = day(range.group(1).strip(), today, null);
            if (start == null || start.isEmpty()) {
                return Parsed.refused(unreadable(range.group(1).strip(), start));
            }
            Optional<LocalDate> end = day(range.group(2).strip(), today, start.get());
            if (end == null || end.isEmpty()) {
                return Parsed.refused(unreadable(range.group(2).strip(), end));
            }
            from = start.get();
            to = end.get();
        } else {
            Optional<LocalDate> one = day(t, today, null);
            if (one == null || one.isEmpty()) {
                return Parsed.refused(unreadable(t, one));
            }
            from = one.get();
            to = from;
        }
        if (to.isBefore(from)) {
            return Parsed.refused("结束日期早于开始日期，请检查一下，" + EXAMPLES + "。");
        }
        if (from.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            return Parsed.refused("只能补登最近" + MAX_DAYS_BACK + "天内的请假，更早的请找管理员导入。");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return Parsed.refused("一次最多登记" + MAX_DAYS + "天，更长的假期请找管理员导入。");
        }
        return new Parsed(from, to, null);
    }

    /** The two ends of a range, or null for a single day. */
    private static Matcher range(String t) {
        for (Pattern p : new Pattern[] {WORD_RANGE, ISO_RANGE, DASH_RANGE}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private static String unreadable(String part, Optional<LocalDate> parsed) {
        if (parsed != null) {
            return "“" + part + "”不是一个有效的日期，" + EXAMPLES + "。";
        }
        return "没看懂“" + part + "”这个日期，" + EXAMPLES + "。";
    }

    /**
     * One day: empty when it has the shape of a date that does not exist, null when it is not a date at all.
     *
     * @param notBefore for a range end without a year: the range start
     */
    private static Optional<LocalDate> day(String s, LocalDate today, LocalDate notBefore) {
        switch (s) {
            case "今天", "今日" -> {
                return Optional.of(today);
            }
            case "明天", "明日" -> {
                return Optional.of(today.plusDays(1));
            }
            case "后天" -> {
                return Optional.of(today.plusDays(2));
            }
            default -> {
            }
        }
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return of(Integer.parseInt(iso.group(1)), iso.group(2), iso.group(3));
        }
        Matcher cn = CHINESE.matcher(s);
        Matcher slash = SLASH.matcher(s);
        String month;
        String dayOfMonth;
        Integer year = null;
        if (cn.matches()) {
            year = cn.group(1) == null ? null : Integer.parseInt(cn.group(1));
            month = cn.group(2);
            dayOfMonth = cn.group(3);
        } else if (slash.matches()) {
            month = slash.group(1);
            dayOfMonth = slash.group(2);
        } else {
            return null;
        }
        if (year != null) {
            return of(year, month, dayOfMonth);
        }
        int y = notBefore != null ? notBefore.getYear() : today.getYear();
        Optional<LocalDate> candidate = of(y, month, dayOfMonth);
        if (candidate.isEmpty()) {
            // 2月29日 in a year without it: try the next year before refusing
            return of(y + 1, month, dayOfMonth);
        }
        LocalDate d = candidate.get();
        if (notBefore != null && d.isBefore(notBefore)) {
            // 12月30日到1月3日 crosses the year; 12月10日到12月8日 is a mistake, not a 363-day leave
            Optional<LocalDate> next = of(y + 1, month, dayOfMonth);
            return next.filter(n -> ChronoUnit.DAYS.between(notBefore, n) < MAX_DAYS).isPresent() ? next : candidate;
        }
        if (notBefore == null && d.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            return of(y + 1, month, dayOfMonth);
        }
        return candidate;
    }

    private static Optional<LocalDate> of(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

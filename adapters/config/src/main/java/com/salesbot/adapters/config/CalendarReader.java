package com.salesbot.adapters.config;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.HolidayCalendar;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads calendar.yml: {@code holidays} (single dates, or {@code {name, from, to}} ranges) and
 * {@code makeUpWorkdays} (single dates). A list left out keeps its default.
 */
final class CalendarReader {
    static final String FILE = "calendar.yml";
    private static final List<String> KEYS = List.of("holidays", "makeUpWorkdays");
    private static final List<String> RANGE_KEYS = List.of("name", "from", "to");

    private CalendarReader() {
    }

    static HolidayCalendar read(YamlSource source) {
        HolidayCalendar defaults = BusinessConfig.defaultCalendar();
        Map<String, NodeTuple> top = source.top(KEYS);
        var holidays = defaults.holidays();
        NodeTuple holidayEntry = top.get("holidays");
        if (holidayEntry != null) {
            holidays = dates(source, holidayEntry, "calendar.holidays", true).keySet();
        }
        var makeUp = defaults.makeUpWorkdays();
        NodeTuple makeUpEntry = top.get("makeUpWorkdays");
        if (makeUpEntry != null) {
            makeUp = dates(source, makeUpEntry, "calendar.makeUpWorkdays", false).keySet();
        }
        return new HolidayCalendar(holidays, makeUp);
    }

    /** Every date of the list with the line it was written on. */
    private static Map<LocalDate, Integer> dates(YamlSource source, NodeTuple entry, String path, boolean ranges) {
        source.mark(path, entry.getKeyNode());
        String name = path.substring(path.indexOf('.') + 1);
        Map<LocalDate, Integer> seen = new LinkedHashMap<>();
        for (Node item : source.items(entry.getValueNode(), name).orElse(List.of())) {
            List<LocalDate> days = ranges && item instanceof MappingNode ? range(source, item)
                    : date(source, item, ranges ? "a holiday" : "a make-up workday").map(List::of).orElse(List.of());
            for (LocalDate day : days) {
                Integer first = seen.putIfAbsent(day, YamlSource.line(item));
                if (first != null) {
                    source.error(item, day + " is listed twice (first on line " + first + ")");
                } else {
                    source.mark(path + "." + day, item);
                }
            }
        }
        return seen;
    }

    private static List<LocalDate> range(YamlSource source, Node item) {
        Map<String, NodeTuple> keys = source.keys(item, RANGE_KEYS).orElse(Map.of());
        NodeTuple name = keys.get("name");
        if (name != null) {
            source.text(name.getValueNode(), "name");
        }
        NodeTuple fromEntry = keys.get("from");
        if (fromEntry == null) {
            source.error(item, "\"from\" is missing");
            return List.of();
        }
        Optional<LocalDate> from = date(source, fromEntry.getValueNode(), "\"from\"");
        NodeTuple toEntry = keys.get("to");
        Optional<LocalDate> to = toEntry == null ? from : date(source, toEntry.getValueNode(), "\"to\"");
        if (from.isEmpty() || to.isEmpty()) {
            return List.of();
        }
        if (to.get().isBefore(from.get())) {
            source.error(toEntry.getValueNode(), "holiday ends (" + to.get() + ") before it starts (" + from.get() + ")");
            return List.of();
        }
        return from.get().datesUntil(to.get().plusDays(1)).toList();
    }

    private static Optional<LocalDate> date(YamlSource source, Node node, String what) {
        Optional<LocalDate> day = YamlSource.raw(node).flatMap(Scalars::toDate);
        if (day.isEmpty()) {
            source.error(node, what + " must be a date written YYYY-MM-DD, got " + YamlSource.describe(node));
        }
        return day;
    }
}

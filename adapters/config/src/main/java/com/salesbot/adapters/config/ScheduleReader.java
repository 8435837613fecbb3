package com.salesbot.adapters.config;

import com.salesbot.core.config.ScheduleSettings;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Reads schedule.yml: digest time, quiet hours and the monthly push day; keys left out keep their defaults. */
final class ScheduleReader {
    static final String FILE = "schedule.yml";
    private static final List<String> KEYS = List.of("digestTime", "quietHours", "monthlyPushDay");
    private static final List<String> QUIET_KEYS = List.of("start", "end");

    private ScheduleReader() {
    }

    static ScheduleSettings read(YamlSource source) {
        ScheduleSettings defaults = ScheduleSettings.defaults();
        Map<String, NodeTuple> top = source.top(KEYS);
        LocalTime digest = time(source, top, "digestTime", "schedule.digestTime", defaults.digestTime());
        LocalTime quietStart = defaults.quietStart();
        LocalTime quietEnd = defaults.quietEnd();
        NodeTuple quiet = top.get("quietHours");
        if (quiet != null) {
            source.mark("schedule.quietHours", quiet.getKeyNode());
            Map<String, NodeTuple> window = source.keys(quiet.getValueNode(), QUIET_KEYS).orElse(Map.of());
            quietStart = time(source, window, "start", "schedule.quietHours.start", quietStart);
            quietEnd = time(source, window, "end", "schedule.quietHours.end", quietEnd);
        }
        int pushDay = defaults.monthlyPushDay();
        NodeTuple day = top.get("monthlyPushDay");
        if (day != null) {
            pushDay = source.<Integer>parsed(day.getValueNode(), "schedule.monthlyPushDay", Scalars::toInt,
                    "monthlyPushDay must be a whole number from 1 to 28").orElse(pushDay);
        }
        return new ScheduleSettings(digest, quietStart, quietEnd, pushDay);
    }

    private static LocalTime time(YamlSource source, Map<String, NodeTuple> keys, String key, String path,
                                  LocalTime fallback) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            return fallback;
        }
        return source.<LocalTime>parsed(tuple.getValueNode(), path, Scalars::toTime,
                key + " must be a time of day written HH:MM, e.g. \"08:20\"").orElse(fallback);
    }
}

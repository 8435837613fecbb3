package com.salesbot.core.workbench;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.ScheduleSettings;
import com.salesbot.core.config.Thresholds;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The business configuration as the 管理 page shows it, read-only: every threshold, the schedule, the lead stages,
 * result tags and sources, each with where its value comes from (a file and line, or the built-in default).
 */
public final class WorkbenchConfig {
    static final String DEFAULT = "内置默认值";

    private WorkbenchConfig() {
    }

    /** @param placeOf key (e.g. {@code heatmapDays}, {@code quietHours.start}) to "file 第 n 行", empty = default */
    public static List<ConfigRow> rows(BusinessConfig config, Function<String, Optional<String>> placeOf) {
        List<ConfigRow> rows = new ArrayList<>();
        ScheduleSettings s = config.schedule();
        rows.add(row("推送时间", "digestTime", s.digestTime().toString(), placeOf));
        rows.add(row("推送时间", "quietHours.start", s.quietStart().toString(), placeOf));
        rows.add(row("推送时间", "quietHours.end", s.quietEnd().toString(), placeOf));
        rows.add(row("推送时间", "monthlyPushDay", Integer.toString(s.monthlyPushDay()), placeOf));
        rows.add(row("线索阶段", "stages", labels(config.stages()), placeOf));
        rows.add(row("结果标签", "resultTags", labels(config.resultTags()), placeOf));
        rows.add(row("线索来源", "leadSources", labels(config.leadSources()), placeOf));
        rows.add(row("工作日历", "holidays", config.calendar().holidays().size() + " 天", placeOf));
        rows.add(row("工作日历", "makeUpWorkdays", config.calendar().makeUpWorkdays().size() + " 天", placeOf));
        Thresholds t = config.thresholds();
        for (RecordComponent c : Thresholds.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(t);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("threshold " + c.getName() + " unreadable", e);
            }
            rows.add(row("阈值", c.getName(), String.valueOf(value), placeOf));
        }
        return rows;
    }

    private static ConfigRow row(String section, String key, String value,
                                 Function<String, Optional<String>> placeOf) {
        return new ConfigRow(section, key, value, placeOf.apply(key).orElse(DEFAULT));
    }

    private static String labels(List<Choice> choices) {
        return choices.stream().map(Choice::label).collect(Collectors.joining("、"));
    }

    public record ConfigRow(String section, String key, String value, String source) {
    }
}

package com.salesbot.core.config;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole {@link BusinessConfig} and returns every problem found, not just the first, so an admin can
 * fix a file in one pass. Each issue carries a path (see {@link ConfigIssue}) that a loader turns into a line.
 */
public final class BusinessConfigValidator {
    /** Codes are stored in data and used as button keys: short, stable, ASCII. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public List<ConfigIssue> validate(BusinessConfig config) {
        List<ConfigIssue> issues = new ArrayList<>();
        checkChoices(issues, "resultTags", "result tag", config.resultTags());
        checkChoices(issues, "stages", "stage", config.stages());
        if (config.stages().size() != BusinessConfig.STAGE_COUNT) {
            issues.add(new ConfigIssue("stages", "there must be exactly " + BusinessConfig.STAGE_COUNT
                    + " stages, got " + config.stages().size()));
        }
        checkChoices(issues, "leadSources", "lead source", config.leadSources());
        checkChoices(issues, "scenarios", "scenario", config.scenarios());
        checkChoices(issues, "lostReasons", "lost reason", config.lostReasons());
        checkCalendar(issues, config.calendar());
        checkBenchmarks(issues, config.benchmarks());
        checkSchedule(issues, config.schedule());
        issues.addAll(ThresholdRules.validate(config.thresholds()));
        return issues;
    }

    private static void checkChoices(List<ConfigIssue> issues, String path, String noun, List<Choice> choices) {
        if (choices.isEmpty()) {
            issues.add(new ConfigIssue(path, "at least one " + noun + " is required"));
        }
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String at = path + "[" + i + "]";
            if (!CODE.matcher(choice.code()).matches()) {
                issues.add(new ConfigIssue(at + ".code", noun + " code \"" + choice.code()
                        + "\" must be 1-32 lower-case letters, digits or _, starting with a letter"));
            }
            if (!codes.add(choice.code())) {
                issues.add(new ConfigIssue(at + ".code", noun + " code \"" + choice.code() + "\" is defined twice"));
            }
            if (!labels.add(choice.label().strip())) {
                issues.add(new ConfigIssue(at + ".label", noun + " label \"" + choice.label() + "\" is used twice"));
            }
        }
    }

    private static void checkCalendar(List<ConfigIssue> issues, HolidayCalendar calendar) {
        for (LocalDate day : calendar.makeUpWorkdays().stream().sorted().toList()) {
            String at = "calendar.makeUpWorkdays." + day;
            if (calendar.holidays().contains(day)) {
                issues.add(new ConfigIssue(at, day + " is both a holiday and a make-up workday"));
            }
            if (!HolidayCalendar.isWeekend(day)) {
                issues.add(new ConfigIssue(at, "make-up workday " + day + " is a "
                        + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + "; a make-up workday must be a Saturday or Sunday"));
            }
        }
    }

    private static void checkBenchmarks(List<ConfigIssue> issues, IndustryBenchmarks benchmarks) {
        Set<String> codes = new HashSet<>();
        List<Benchmark> rates = benchmarks.rates();
        for (int i = 0; i < rates.size(); i++) {
            Benchmark rate = rates.get(i);
            String at = "benchmarks.rates[" + i + "]";
            if (!CODE.matcher(rate.code()).matches()) {
                issues.add(new ConfigIssue(at + ".code", "benchmark code \"" + rate.code()
                        + "\" must be 1-32 lower-case letters, digits or _, starting with a letter"));
            }
            if (!codes.add(rate.code())) {
                issues.add(new ConfigIssue(at + ".code", "benchmark code \"" + rate.code() + "\" is defined twice"));
            }
            if (!(rate.value() >= 0 && rate.value() <= 1)) {
                issues.add(new ConfigIssue(at + ".value", "benchmark \"" + rate.code()
                        + "\" must be a rate from 0 to 1, got " + ThresholdRules.format(rate.value())));
            }
        }
        if (!codes.contains(IndustryBenchmarks.REPURCHASE_RATE)) {
            issues.add(new ConfigIssue("benchmarks.rates", "benchmark \"" + IndustryBenchmarks.REPURCHASE_RATE
                    + "\" is required (R18 compares each rep's repurchase rate with it)"));
        }
    }

    private static void checkSchedule(List<ConfigIssue> issues, ScheduleSettings schedule) {
        if (schedule.quietStart().equals(schedule.quietEnd())) {
            issues.add(new ConfigIssue("schedule.quietHours", "quiet hours start and end must differ, both are "
                    + schedule.quietStart()));
        } else if (schedule.isQuiet(schedule.digestTime())) {
            issues.add(new ConfigIssue("schedule.digestTime", "digest time " + schedule.digestTime()
                    + " falls inside quiet hours " + schedule.quietStart() + "-" + schedule.quietEnd()));
        }
        if (schedule.monthlyPushDay() < 1 || schedule.monthlyPushDay() > 28) {
            issues.add(new ConfigIssue("schedule.monthlyPushDay",
                    "monthlyPushDay must be a whole number from 1 to 28, got " + schedule.monthlyPushDay()));
        }
    }
}

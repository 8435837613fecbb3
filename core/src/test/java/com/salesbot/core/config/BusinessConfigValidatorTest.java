package com.salesbot.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessConfigValidatorTest {
    private final BusinessConfigValidator validator = new BusinessConfigValidator();
    private final BusinessConfig defaults = BusinessConfig.defaults();

    @Test
    void articleDefaultsAreValid() {
        assertThat(validator.validate(defaults)).isEmpty();
    }

    @Test
    void duplicateStageCodeNamesTheSecondOccurrence() {
        List<Choice> stages = new ArrayList<>(defaults.stages());
        stages.set(3, new Choice("quote", "商务谈判"));
        assertThat(validator.validate(withStages(stages)))
                .containsExactly(new ConfigIssue("stages[3].code", "stage code \"quote\" is defined twice"));
    }

    @Test
    void duplicateLabelIsReported() {
        List<Choice> tags = new ArrayList<>(defaults.resultTags());
        tags.add(new Choice("quoted_again", "已报价"));
        assertThat(validator.validate(withResultTags(tags)))
                .containsExactly(new ConfigIssue("resultTags[6].label", "result tag label \"已报价\" is used twice"));
    }

    @Test
    void fourStagesAreRefused() {
        assertThat(validator.validate(withStages(defaults.stages().subList(0, 4))))
                .containsExactly(new ConfigIssue("stages", "there must be exactly 5 stages, got 4"));
    }

    @Test
    void sixStagesAreRefused() {
        List<Choice> stages = new ArrayList<>(defaults.stages());
        stages.add(new Choice("lost", "输单"));
        assertThat(validator.validate(withStages(stages)))
                .containsExactly(new ConfigIssue("stages", "there must be exactly 5 stages, got 6"));
    }

    @Test
    void emptyListNeedsAtLeastOneEntry() {
        BusinessConfig config = new BusinessConfig(defaults.resultTags(), defaults.stages(), List.of(),
                defaults.scenarios(), defaults.calendar(), defaults.benchmarks(), defaults.schedule(),
                defaults.thresholds());
        assertThat(validator.validate(config))
                .containsExactly(new ConfigIssue("leadSources", "at least one lead source is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quote", "2nd", "has space", "方案", "a23456789012345678901234567890123"})
    void badCodesAreRefused(String code) {
        List<Choice> tags = new ArrayList<>(defaults.resultTags());
        tags.set(0, new Choice(code, "已预约演示"));
        assertThat(validator.validate(withResultTags(tags))).extracting(ConfigIssue::path)
                .containsExactly("resultTags[0].code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "after_sales", "x9", "a2345678901234567890123456789012"})
    void goodCodesAreAccepted(String code) {
        List<Choice> tags = new ArrayList<>(defaults.resultTags());
        tags.set(0, new Choice(code, "已预约演示"));
        assertThat(validator.validate(withResultTags(tags))).isEmpty();
    }

    @Test
    void makeUpWorkdayMustBeAWeekendDayAndNotAHoliday() {
        Set<LocalDate> makeUp = new HashSet<>(defaults.calendar().makeUpWorkdays());
        makeUp.add(LocalDate.parse("2026-02-17")); // a Tuesday inside the Spring Festival holiday
        HolidayCalendar calendar = new HolidayCalendar(defaults.calendar().holidays(), makeUp);
        assertThat(validator.validate(withCalendar(calendar))).containsExactly(
                new ConfigIssue("calendar.makeUpWorkdays.2026-02-17", "2026-02-17 is both a holiday and a make-up workday"),
                new ConfigIssue("calendar.makeUpWorkdays.2026-02-17",
                        "make-up workday 2026-02-17 is a Tuesday; a make-up workday must be a Saturday or Sunday"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1.0})
    void benchmarkRateBoundsAreInclusive(double value) {
        assertThat(validator.validate(withRepurchaseRate(value))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01})
    void benchmarkRateOutsideZeroToOneIsRefused(double value) {
        assertThat(validator.validate(withRepurchaseRate(value))).extracting(ConfigIssue::path)
                .containsExactly("benchmarks.rates[0].value");
    }

    @Test
    void repurchaseBenchmarkIsRequired() {
        IndustryBenchmarks benchmarks = new IndustryBenchmarks("制造业",
                List.of(new Benchmark("conversion_rate", "线索转化率", 0.1)));
        assertThat(validator.validate(withBenchmarks(benchmarks))).extracting(ConfigIssue::path)
                .containsExactly("benchmarks.rates");
    }

    @Test
    void digestInsideQuietHoursIsRefused() {
        ScheduleSettings inside = new ScheduleSettings(LocalTime.of(7, 59), LocalTime.of(21, 0), LocalTime.of(8, 0), 5);
        ScheduleSettings atEnd = new ScheduleSettings(LocalTime.of(8, 0), LocalTime.of(21, 0), LocalTime.of(8, 0), 5);
        assertThat(validator.validate(withSchedule(inside))).containsExactly(new ConfigIssue("schedule.digestTime",
                "digest time 07:59 falls inside quiet hours 21:00-08:00"));
        assertThat(validator.validate(withSchedule(atEnd))).isEmpty();
    }

    @Test
    void quietHoursNeedDifferentStartAndEnd() {
        ScheduleSettings same = new ScheduleSettings(LocalTime.of(8, 20), LocalTime.of(21, 0), LocalTime.of(21, 0), 5);
        assertThat(validator.validate(withSchedule(same))).extracting(ConfigIssue::path)
                .containsExactly("schedule.quietHours");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 28})
    void monthlyPushDayInsideRange(int day) {
        assertThat(validator.validate(withSchedule(pushDay(day)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29})
    void monthlyPushDayOutsideRange(int day) {
        assertThat(validator.validate(withSchedule(pushDay(day)))).containsExactly(new ConfigIssue(
                "schedule.monthlyPushDay", "monthlyPushDay must be a whole number from 1 to 28, got " + day));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Choice> stages = new ArrayList<>(defaults.stages().subList(0, 3));
        stages.add(new Choice("quote", "重复"));
        Thresholds thresholds = ThresholdValues.withOverrides(java.util.Map.of("heatmapDays", 0, "awardPoolShare", 1.5));
        BusinessConfig config = new BusinessConfig(defaults.resultTags(), stages, defaults.leadSources(),
                List.of(), defaults.calendar(), defaults.benchmarks(), pushDay(31), thresholds);
        assertThat(validator.validate(config)).extracting(ConfigIssue::path).containsExactlyInAnyOrder(
                "stages[3].code", "stages", "scenarios", "schedule.monthlyPushDay", "thresholds.heatmapDays",
                "thresholds.awardPoolShare");
    }

    private ScheduleSettings pushDay(int day) {
        return new ScheduleSettings(LocalTime.of(8, 20), LocalTime.of(21, 0), LocalTime.of(8, 0), day);
    }

    private BusinessConfig withRepurchaseRate(double value) {
        return withBenchmarks(new IndustryBenchmarks("制造业",
                List.of(new Benchmark(IndustryBenchmarks.REPURCHASE_RATE, "客户复购率", value))));
    }

    private BusinessConfig withStages(List<Choice> stages) {
        return new BusinessConfig(defaults.resultTags(), stages, defaults.leadSources(), defaults.scenarios(),
                defaults.calendar(), defaults.benchmarks(), defaults.schedule(), defaults.thresholds());
    }

    private BusinessConfig withResultTags(List<Choice> tags) {
        return new BusinessConfig(tags, defaults.stages(), defaults.leadSources(), defaults.scenarios(),
                defaults.calendar(), defaults.benchmarks(), defaults.schedule(), defaults.thresholds());
    }

    private BusinessConfig withCalendar(HolidayCalendar calendar) {
        return new BusinessConfig(defaults.resultTags(), defaults.stages(), defaults.leadSources(),
                defaults.scenarios(), calendar, defaults.benchmarks(), defaults.schedule(), defaults.thresholds());
    }

    private BusinessConfig withBenchmarks(IndustryBenchmarks benchmarks) {
        return new BusinessConfig(defaults.resultTags(), defaults.stages(), defaults.leadSources(),
                defaults.scenarios(), defaults.calendar(), benchmarks, defaults.schedule(), defaults.thresholds());
    }

    private BusinessConfig withSchedule(ScheduleSettings schedule) {
        return new BusinessConfig(defaults.resultTags(), defaults.stages(), defaults.leadSources(),
                defaults.scenarios(), defaults.calendar(), defaults.benchmarks(), schedule, defaults.thresholds());
    }
}

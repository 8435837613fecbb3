package com.salesbot.adapters.config;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.GradingStandard;
import com.salesbot.core.config.ThresholdValues;
import com.salesbot.core.config.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlConfigLoaderTest {
    private static final Path SHIPPED = Path.of("../../config");
    private final YamlConfigLoader loader = new YamlConfigLoader();

    @TempDir
    Path dir;

    @Test
    void shippedFolderLoadsAndEqualsTheArticleDefaults() {
        BusinessConfig config = loader.load(SHIPPED);
        assertThat(config.thresholds()).isEqualTo(Thresholds.defaults());
        assertThat(config).isEqualTo(BusinessConfig.defaults());
    }

    @Test
    void everyShippedFileIsActuallyRead() throws IOException {
        // The shipped values equal the defaults, so prove each file is read: a stray key in each must be reported.
        for (String name : YamlConfigLoader.FILES) {
            String shipped = Files.readString(SHIPPED.resolve(name), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name), shipped + "\nstrayKey: 1\n", StandardCharsets.UTF_8);
        }
        List<String> problems = problems();
        assertThat(problems).hasSize(YamlConfigLoader.FILES.size());
        for (int i = 0; i < problems.size(); i++) {
            assertThat(problems.get(i)).startsWith(file(YamlConfigLoader.FILES.get(i)) + " line ")
                    .contains("unknown key \"strayKey\"");
        }
    }

    @Test
    void shippedThresholdsFileWritesOutEveryComponent() throws IOException {
        Map<String, Object> keys;
        try (Reader reader = Files.newBufferedReader(SHIPPED.resolve("thresholds.yml"))) {
            keys = new Yaml(new LoaderOptions()).load(reader);
        }
        assertThat(keys.keySet())
                .as("config/thresholds.yml must list every Thresholds component with its default and a comment")
                .containsExactlyElementsOf(ThresholdValues.names());
    }

    @Test
    void emptyFolderGivesTheDefaults() {
        assertThat(loader.load(dir)).isEqualTo(BusinessConfig.defaults());
    }

    @Test
    void emptyFileGivesTheDefaults() throws IOException {
        write("stages.yml", "# nothing here yet");
        write("thresholds.yml", "");
        assertThat(loader.load(dir)).isEqualTo(BusinessConfig.defaults());
    }

    @Test
    void keysLeftOutKeepTheirDefaults() throws IOException {
        write("thresholds.yml", "reserveGapRedRatio: 2.5", "heatmapDays: 14");
        write("schedule.yml", "digestTime: \"08:45\"");
        Thresholds t = loader.load(dir).thresholds();
        assertThat(t.reserveGapRedRatio()).isEqualTo(2.5);
        assertThat(t.heatmapDays()).isEqualTo(14);
        assertThat(t.lowActivityRatio()).isEqualTo(Thresholds.defaults().lowActivityRatio());
        BusinessConfig config = loader.load(dir);
        assertThat(config.schedule().digestTime()).isEqualTo(LocalTime.of(8, 45));
        assertThat(config.schedule().quietStart()).isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void editedListsReplaceTheDefaults() throws IOException {
        write("stages.yml", "stages:",
                "  - {code: s1, label: 接触}", "  - {code: s2, label: 需求}", "  - {code: s3, label: 报价}",
                "  - {code: s4, label: 谈判}", "  - {code: s5, label: 签约}");
        write("calendar.yml", "holidays:", "  - 2027-01-01", "  - {name: 春节, from: 2027-02-06, to: 2027-02-08}",
                "makeUpWorkdays: []");
        BusinessConfig config = loader.load(dir);
        assertThat(config.stages()).extracting(Choice::label).containsExactly("接触", "需求", "报价", "谈判", "签约");
        assertThat(config.calendar().holidays()).containsExactlyInAnyOrder(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-02-06"), LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-08"));
        assertThat(config.calendar().makeUpWorkdays()).isEmpty();
        assertThat(config.resultTags()).isEqualTo(BusinessConfig.defaultResultTags());
    }

    @Test
    void badNumberNamesFileLineAndValue() throws IOException {
        write("thresholds.yml", "heatmapDays: 7", "lowActivityRatio: 0.6", "reserveGapRedRatio: abc");
        assertThat(problems()).containsExactly(
                file("thresholds.yml") + " line 3: reserveGapRedRatio must be a number > 0, got \"abc\"");
    }

    @Test
    void decimalWhereAWholeNumberIsNeeded() throws IOException {
        write("thresholds.yml", "heatmapDays: 7.5");
        assertThat(problems()).containsExactly(
                file("thresholds.yml") + " line 1: heatmapDays must be a whole number > 0, got \"7.5\"");
    }

    @Test
    void numberOutOfRangeIsLocatedToo() throws IOException {
        write("thresholds.yml", "# R9", "reserveGapRedRatio: 0", "awardPoolShare: 1.2");
        assertThat(problems()).containsExactly(
                file("thresholds.yml") + " line 2: reserveGapRedRatio must be a number > 0, got 0",
                file("thresholds.yml") + " line 3: awardPoolShare must be a number > 0 and <= 1, got 1.2");
    }

    @Test
    void unknownKeyIsAnErrorWithASuggestion() throws IOException {
        write("thresholds.yml", "heatmapDay: 7");
        write("tags.yml", "resultTags:", "  - code: a", "    lable: 甲");
        assertThat(problems()).containsExactly(
                file("tags.yml") + " line 2: \"label\" is missing",
                file("tags.yml") + " line 3: unknown key \"lable\" (did you mean \"label\"?)",
                file("thresholds.yml") + " line 1: unknown key \"heatmapDay\" (did you mean \"heatmapDays\"?)");
    }

    @Test
    void unknownKeyFarFromAnyListsTheExpectedKeys() throws IOException {
        write("sources.yml", "channels: []");
        assertThat(problems()).containsExactly(
                file("sources.yml") + " line 1: unknown key \"channels\"; expected one of: leadSources");
    }

    @Test
    void keyWrittenTwiceIsAnError() throws IOException {
        write("thresholds.yml", "heatmapDays: 7", "dwellTopN: 10", "heatmapDays: 14");
        assertThat(problems()).containsExactly(
                file("thresholds.yml") + " line 3: key \"heatmapDays\" is defined twice (first on line 1)");
    }

    @Test
    void duplicateStageCodeIsLocatedOnItsSecondDefinition() throws IOException {
        write("stages.yml", "stages:",
                "  - code: contact", "    label: 初步接触",
                "  - code: quote", "    label: 需求确认",
                "  - code: quote", "    label: 方案报价",
                "  - code: negotiation", "    label: 商务谈判",
                "  - code: won_pending", "    label: 赢单待签");
        assertThat(problems()).containsExactly(
                file("stages.yml") + " line 6: stage code \"quote\" is defined twice");
    }

    @Test
    void lostReasonsAreReadFromTheStagesFileAndCheckedLikeOtherLists() throws IOException {
        write("stages.yml", "lostReasons:", "  - {code: price, label: 价格}", "  - {code: timing, label: 时机不对}");
        assertThat(loader.load(dir).lostReasons()).extracting(Choice::label).containsExactly("价格", "时机不对");

        write("stages.yml", "lostReasons:", "  - {code: price, label: 价格}", "  - {code: Price, label: 太贵}");
        assertThat(problems()).containsExactly(file("stages.yml")
                + " line 3: lost reason code \"Price\" must be 1-32 lower-case letters, digits or _, starting with a letter");
    }

    @Test
    void theShippedGradingStandardEqualsTheDefaultsAndProblemsNameFileAndLine() throws IOException {
        assertThat(new GradingLoader().load(SHIPPED)).isEqualTo(GradingStandard.defaults());
        assertThat(new GradingLoader().load(dir)).isEqualTo(GradingStandard.defaults());

        write("grading.yml", "grades:", "  - {code: A, label: 甲, criteria: 大}", "  - {code: B, label: 乙, criteria: 中}",
                "intentLevels:", "  - {code: hot, label: 热}");
        assertThat(problems()).containsExactly(file("grading.yml") + " line 5: \"criteria\" is missing");

        write("grading.yml", "grades:", "  - {code: A, label: 甲, criteria: 大}", "  - {code: B, label: 乙, criteria: 中}");
        assertThat(problems()).containsExactly(file("grading.yml")
                + " line 1: grades must be exactly A, B, C, D in this order (the grades 客户分级 stores), got A, B");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> new GradingLoader().load(dir));
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void fourStagesAreRefused() throws IOException {
        write("stages.yml", "# R1", "stages:", "  - {code: a, label: 一}", "  - {code: b, label: 二}",
                "  - {code: c, label: 三}", "  - {code: d, label: 四}");
        assertThat(problems()).containsExactly(
                file("stages.yml") + " line 2: there must be exactly 5 stages, got 4");
    }

    @Test
    void sixStagesAreRefused() throws IOException {
        write("stages.yml", "stages:", "  - {code: a, label: 一}", "  - {code: b, label: 二}",
                "  - {code: c, label: 三}", "  - {code: d, label: 四}", "  - {code: e, label: 五}",
                "  - {code: f, label: 六}");
        assertThat(problems()).containsExactly(
                file("stages.yml") + " line 1: there must be exactly 5 stages, got 6");
    }

    @Test
    void fiveStagesAreAccepted() throws IOException {
        write("stages.yml", "stages:", "  - {code: a, label: 一}", "  - {code: b, label: 二}",
                "  - {code: c, label: 三}", "  - {code: d, label: 四}", "  - {code: e, label: 五}");
        assertThat(loader.load(dir).stages()).hasSize(5);
    }

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        write("stages.yml", "stages:", "  - code: contact", "    label: [初步接触", "  - code: needs");
        List<String> problems = problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(file("stages.yml") + " line 4: malformed YAML: ");
    }

    @Test
    void tabIndentationIsExplained() throws IOException {
        write("thresholds.yml", "heatmapDays: 7", "\tdwellTopN: 10");
        assertThat(problems()).singleElement().asString()
                .startsWith(file("thresholds.yml") + " line 2: malformed YAML: ")
                .contains("TAB");
    }

    @Test
    void twoDocumentsInOneFileAreMalformed() throws IOException {
        write("stages.yml", "stages: []", "---", "stages: []");
        assertThat(problems()).singleElement().asString()
                .isEqualTo(file("stages.yml") + " line 2: malformed YAML: expected a single document in the stream"
                        + " started on line 1, but found another document");
    }

    @Test
    void aliasBombIsRefusedWithoutExpandingIt() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        write("thresholds.yml", yaml.toString());
        assertThat(problems()).singleElement().asString().startsWith(file("thresholds.yml") + ": malformed YAML: ");
    }

    @Test
    void listExpectedButSingleValueGiven() throws IOException {
        write("sources.yml", "leadSources: 官网表单");
        assertThat(problems()).containsExactly(file("sources.yml")
                + " line 1: \"leadSources\" must be a list (lines starting with \"- \"), got \"官网表单\"");
    }

    @Test
    void topLevelMustBeKeys() throws IOException {
        write("tags.yml", "- code: a", "  label: 甲");
        assertThat(problems()).containsExactly(
                file("tags.yml") + " line 1: expected \"key: value\" lines at the top level, got a list");
    }

    @Test
    void emptyLabelAndBadCodeAreReported() throws IOException {
        write("tags.yml", "resultTags:", "  - code: Demo Booked", "    label: 已预约演示", "  - code: quoted",
                "    label:");
        assertThat(problems()).containsExactly(file("tags.yml") + " line 5: \"label\" must not be empty");
        write("tags.yml", "resultTags:", "  - code: Demo Booked", "    label: 已预约演示");
        assertThat(problems()).containsExactly(file("tags.yml") + " line 2: result tag code \"Demo Booked\""
                + " must be 1-32 lower-case letters, digits or _, starting with a letter");
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("nope");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(missing));
        assertThat(e.problems()).extracting(ConfigProblem::toString)
                .containsExactly(missing + ": configuration folder does not exist");
        assertThat(e.getMessage()).contains(missing.toString());
    }

    @Test
    void fileInsteadOfFolderIsRefused() throws IOException {
        Path file = write("stages.yml", "stages: []");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ": is not a folder");
    }

    @Test
    void misspeltFileNameIsNotSilentlyIgnored() throws IOException {
        write("stage.yml", "stages: []");
        write("thresholds.yaml", "heatmapDays: 7");
        write("compliance.yml", "rules: []");
        assertThat(problems()).containsExactlyInAnyOrder(
                file("stage.yml") + ": unknown file, it would be ignored; did you mean stages.yml?",
                file("thresholds.yaml") + ": unknown file, it would be ignored; did you mean thresholds.yml?");
    }

    @Test
    void notUtf8IsReported() throws IOException {
        Files.write(dir.resolve("tags.yml"), "resultTags: [{code: a, label: 已报价}]".getBytes("GB18030"));
        assertThat(problems()).containsExactly(
                file("tags.yml") + ": is not UTF-8 text; save it with UTF-8 encoding");
    }

    @Test
    void calendarProblemsAreLocated() throws IOException {
        write("calendar.yml", "holidays:",
                "  - 2026-13-01",
                "  - {name: 国庆节, from: 2026-10-07, to: 2026-10-01}",
                "  - 2026-05-01",
                "  - 2026-05-01",
                "makeUpWorkdays:",
                "  - 2026-02-17");
        assertThat(problems()).containsExactly(
                file("calendar.yml") + " line 2: a holiday must be a date written YYYY-MM-DD, got \"2026-13-01\"",
                file("calendar.yml") + " line 3: holiday ends (2026-10-01) before it starts (2026-10-07)",
                file("calendar.yml") + " line 5: 2026-05-01 is listed twice (first on line 4)",
                file("calendar.yml") + " line 7: make-up workday 2026-02-17 is a Tuesday;"
                        + " a make-up workday must be a Saturday or Sunday");
    }

    @Test
    void makeUpWorkdayThatIsAlsoAHolidayIsLocated() throws IOException {
        write("calendar.yml", "holidays:", "  - {from: 2026-02-14, to: 2026-02-16}", "makeUpWorkdays:",
                "  - 2026-02-28", "  - 2026-02-14");
        assertThat(problems()).containsExactly(
                file("calendar.yml") + " line 5: 2026-02-14 is both a holiday and a make-up workday");
    }

    @Test
    void scheduleProblemsAreLocated() throws IOException {
        write("schedule.yml", "digestTime: \"25:00\"", "quietHours:", "  start: \"21:00\"", "  end: 8",
                "monthlyPushDay: 31");
        assertThat(problems()).containsExactly(
                file("schedule.yml") + " line 1: digestTime must be a time of day written HH:MM, e.g. \"08:20\","
                        + " got \"25:00\"",
                file("schedule.yml") + " line 4: end must be a time of day written HH:MM, e.g. \"08:20\", got \"8\"",
                file("schedule.yml") + " line 5: monthlyPushDay must be a whole number from 1 to 28, got 31");
    }

    @Test
    void unquotedTimesAreReadAsWritten() throws IOException {
        // YAML 1.1 would turn 21:00 into the number 1260; the loader reads the text as written.
        write("schedule.yml", "digestTime: 08:20", "quietHours: {start: 21:00, end: 07:30}");
        BusinessConfig config = loader.load(dir);
        assertThat(config.schedule().quietStart()).isEqualTo(LocalTime.of(21, 0));
        assertThat(config.schedule().quietEnd()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void digestInsideQuietHoursIsLocatedOnDigestTime() throws IOException {
        write("schedule.yml", "quietHours:", "  start: \"06:00\"", "  end: \"09:00\"", "digestTime: \"08:20\"");
        assertThat(problems()).containsExactly(
                file("schedule.yml") + " line 4: digest time 08:20 falls inside quiet hours 06:00-09:00");
    }

    @Test
    void defaultDigestInsideEditedQuietHoursNamesTheFile() throws IOException {
        write("schedule.yml", "quietHours:", "  start: \"06:00\"", "  end: \"09:00\"");
        assertThat(problems()).containsExactly(
                file("schedule.yml") + ": digest time 08:20 falls inside quiet hours 06:00-09:00");
    }

    @Test
    void benchmarkProblemsAreLocated() throws IOException {
        write("benchmarks.yml", "industry: 教育服务", "rates:", "  - code: conversion_rate", "    label: 线索转化率",
                "    value: 1.5");
        assertThat(problems()).containsExactly(
                file("benchmarks.yml") + " line 2: benchmark \"repurchase_rate\" is required"
                        + " (R18 compares each rep's repurchase rate with it)",
                file("benchmarks.yml") + " line 5: benchmark \"conversion_rate\" must be a rate from 0 to 1, got 1.5");
    }

    @Test
    void benchmarkValueMustBeANumber() throws IOException {
        write("benchmarks.yml", "rates:", "  - {code: repurchase_rate, label: 复购率, value: 35%}");
        assertThat(problems()).containsExactly(file("benchmarks.yml")
                + " line 2: value must be a rate from 0 to 1, e.g. 0.35, got \"35%\"");
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() throws IOException {
        write("thresholds.yml", "reserveGapRedRatio: abc", "heatmapDays: -1", "heatmapDay: 7");
        write("stages.yml", "stages:", "  - {code: a, label: 一}", "  - {code: a, label: 二}");
        write("sources.yml", "leadSources: [");
        write("schedule.yml", "monthlyPushDay: 0");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(dir));
        assertThat(e.problems()).extracting(ConfigProblem::file).containsExactly(
                file("stages.yml"), file("stages.yml"), file("sources.yml"), file("schedule.yml"),
                file("thresholds.yml"), file("thresholds.yml"), file("thresholds.yml"));
        assertThat(e.problems()).extracting(ConfigProblem::line).containsExactly(1, 3, 2, 1, 1, 2, 3);
        assertThat(e.getMessage()).startsWith("business configuration has 7 problems:");
        for (ConfigProblem p : e.problems()) {
            assertThat(e.getMessage()).contains(p.toString());
        }
    }

    private List<String> problems() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(dir));
        assertThat(e).as("expected the folder to be refused").isNotNull();
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private String file(String name) {
        return dir + "/" + name;
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}

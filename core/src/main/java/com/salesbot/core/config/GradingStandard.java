package com.salesbot.core.config;

import com.salesbot.core.model.Require;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer grading standard (客户分级标准) and the intent levels (意向等级) new reps read with {@code 分级标准}
 * ({@code config/grading.yml}). The grades are the ones {@code 客户分级} stores and R20's grade timeliness reads, so
 * their codes are fixed: {@link #GRADE_CODES}, in that order; sales-ops writes the label and criteria.
 *
 * @param grades       A/B/C/D with what makes a customer that grade
 * @param intentLevels how likely a lead is to buy, with the signs of each level
 */
public record GradingStandard(List<Level> grades, List<Level> intentLevels) {
    /** The grade codes the bot stores, best first. */
    public static final List<String> GRADE_CODES = List.of("A", "B", "C", "D");
    /** Longest criteria text, so the chat answer stays a short card. */
    public static final int MAX_CRITERIA_CHARS = 120;

    /** One grade or intent level: its code, the label people see and the criteria in one sentence. */
    public record Level(String code, String label, String criteria) {
        public Level {
            Require.text(code, "code");
            Require.text(label, "label");
            Require.text(criteria, "criteria");
        }
    }

    public GradingStandard {
        grades = List.copyOf(grades);
        intentLevels = List.copyOf(intentLevels);
    }

    /** The shipped {@code config/grading.yml} says the same. */
    public static GradingStandard defaults() {
        return new GradingStandard(List.of(
                new Level("A", "A 重点客户", "年采购额50万以上或行业标杆，已接触到决策人，半年内有明确采购计划"),
                new Level("B", "B 成长客户", "年采购额10-50万，需求明确但预算或决策链还没摸清"),
                new Level("C", "C 培育客户", "年采购额10万以下，或需求尚不明确，需要持续培育"),
                new Level("D", "D 观察客户", "暂无需求、长期联系不上或明显不匹配，只做低频维护")),
                List.of(new Level("high", "高意向", "主动询价或约演示，预算和时间表已明确"),
                        new Level("medium", "中意向", "认可痛点、愿意继续沟通，但预算或时间未定"),
                        new Level("low", "低意向", "只是了解一下，没有明确需求或时间")));
    }

    /** Every problem, with paths {@code grades[i].code} etc. that a loader turns into file and line. */
    public List<ConfigIssue> validate() {
        List<ConfigIssue> issues = new ArrayList<>();
        List<String> codes = grades.stream().map(Level::code).toList();
        if (!codes.equals(GRADE_CODES)) {
            issues.add(new ConfigIssue("grades", "grades must be exactly " + String.join(", ", GRADE_CODES)
                    + " in this order (the grades 客户分级 stores), got " + String.join(", ", codes)));
        }
        check(issues, "grades", grades, false);
        if (intentLevels.isEmpty()) {
            issues.add(new ConfigIssue("intentLevels", "at least one intent level is required"));
        }
        check(issues, "intentLevels", intentLevels, true);
        return issues;
    }

    private static void check(List<ConfigIssue> issues, String path, List<Level> levels, boolean codePattern) {
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            String at = path + "[" + i + "]";
            if (codePattern && !BusinessConfigValidator.CODE.matcher(level.code()).matches()) {
                issues.add(new ConfigIssue(at + ".code", "code \"" + level.code()
                        + "\" must be 1-32 lower-case letters, digits or _, starting with a letter"));
            }
            if (!codes.add(level.code())) {
                issues.add(new ConfigIssue(at + ".code", "code \"" + level.code() + "\" is defined twice"));
            }
            if (!labels.add(level.label().strip())) {
                issues.add(new ConfigIssue(at + ".label", "label \"" + level.label() + "\" is used twice"));
            }
            if (level.criteria().strip().length() > MAX_CRITERIA_CHARS) {
                issues.add(new ConfigIssue(at + ".criteria", "criteria is " + level.criteria().strip().length()
                        + " characters; keep it to " + MAX_CRITERIA_CHARS + " so the chat card stays short"));
            }
        }
    }
}

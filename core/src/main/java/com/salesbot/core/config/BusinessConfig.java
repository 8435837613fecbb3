package com.salesbot.core.config;

import com.salesbot.core.model.Require;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The business configuration sales-ops edits (the files under {@code config/}). Check it with
 * {@link BusinessConfigValidator}; {@link #defaults()} is what applies when a file is missing.
 *
 * @param resultTags  R2: result tags, exactly one picked after every call or visit
 * @param stages      R1: the 5 lead stages, in order
 * @param leadSources R1: lead source channels (single choice)
 * @param scenarios   R16: conversation scenario types tagged on customer conversations
 * @param calendar    public holidays and make-up workdays, which decide the business days (R4, R5)
 * @param benchmarks  industry reference rates for the comparison view (R18)
 * @param schedule    when scheduled messages go out and when the bot stays quiet
 * @param thresholds  every number of the R-list
 * @param lostReasons R23: why a lead was lost (输单原因), one tap when a rep marks a lead lost in 我的线索
 */
public record BusinessConfig(List<Choice> resultTags, List<Choice> stages, List<Choice> leadSources,
                             List<Choice> scenarios, HolidayCalendar calendar, IndustryBenchmarks benchmarks,
                             ScheduleSettings schedule, Thresholds thresholds, List<Choice> lostReasons) {
    /** R1: a lead is always in exactly one of this many stages. */
    public static final int STAGE_COUNT = 5;

    public BusinessConfig {
        resultTags = List.copyOf(resultTags);
        stages = List.copyOf(stages);
        leadSources = List.copyOf(leadSources);
        scenarios = List.copyOf(scenarios);
        lostReasons = List.copyOf(lostReasons);
        Require.present(calendar, "calendar");
        Require.present(benchmarks, "benchmarks");
        Require.present(schedule, "schedule");
        Require.present(thresholds, "thresholds");
    }

    /** With the default lost reasons. */
    public BusinessConfig(List<Choice> resultTags, List<Choice> stages, List<Choice> leadSources,
                          List<Choice> scenarios, HolidayCalendar calendar, IndustryBenchmarks benchmarks,
                          ScheduleSettings schedule, Thresholds thresholds) {
        this(resultTags, stages, leadSources, scenarios, calendar, benchmarks, schedule, thresholds,
                defaultLostReasons());
    }

    /** The article's examples and values; the shipped {@code config/} folder says the same. */
    public static BusinessConfig defaults() {
        return new BusinessConfig(defaultResultTags(), defaultStages(), defaultLeadSources(), defaultScenarios(),
                defaultCalendar(), defaultBenchmarks(), ScheduleSettings.defaults(), Thresholds.defaults());
    }

    public static List<Choice> defaultResultTags() {
        return List.of(new Choice("demo_booked", "已预约演示"), new Choice("tech_support_needed", "需技术协同"),
                new Choice("budget_unclear", "预算未明确"), new Choice("quoted", "已报价"),
                new Choice("no_need", "暂无需求"), new Choice("next_visit", "约下次拜访"));
    }

    public static List<Choice> defaultStages() {
        return List.of(new Choice("contact", "初步接触"), new Choice("needs", "需求确认"),
                new Choice("quote", "方案报价"), new Choice("negotiation", "商务谈判"),
                new Choice("won_pending", "赢单待签"));
    }

    public static List<Choice> defaultLeadSources() {
        return List.of(new Choice("website", "官网表单"), new Choice("exhibition", "展会"),
                new Choice("referral", "老客户转介"), new Choice("cold_call", "电话陌拜"),
                new Choice("partner", "合作伙伴"), new Choice("ads", "广告投放"));
    }

    public static List<Choice> defaultLostReasons() {
        return List.of(new Choice("price", "价格"), new Choice("competitor", "竞品"),
                new Choice("budget_cancelled", "预算取消"), new Choice("needs_changed", "需求变化"),
                new Choice("unreachable", "联系不上"), new Choice("other", "其他"));
    }

    public static List<Choice> defaultScenarios() {
        return List.of(new Choice("inquiry", "询价"), new Choice("complaint", "投诉"),
                new Choice("renewal", "续费"), new Choice("after_sales", "售后"),
                new Choice("small_talk", "闲聊"));
    }

    /** China's 2026 public holidays and make-up workdays (国办发明电, 2025-11-04). */
    public static HolidayCalendar defaultCalendar() {
        Set<LocalDate> holidays = Stream.of(
                        range("2026-01-01", "2026-01-03"), range("2026-02-15", "2026-02-23"),
                        range("2026-04-04", "2026-04-06"), range("2026-05-01", "2026-05-05"),
                        range("2026-06-19", "2026-06-21"), range("2026-09-25", "2026-09-27"),
                        range("2026-10-01", "2026-10-07"))
                .flatMap(s -> s).collect(Collectors.toSet());
        Set<LocalDate> makeUp = Stream.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                "2026-10-10").map(LocalDate::parse).collect(Collectors.toSet());
        return new HolidayCalendar(holidays, makeUp);
    }

    /** Sample rates, not from the article: each company replaces them with its industry's figures. */
    public static IndustryBenchmarks defaultBenchmarks() {
        return new IndustryBenchmarks("制造业",
                List.of(new Benchmark(IndustryBenchmarks.REPURCHASE_RATE, "客户复购率", 0.35),
                        new Benchmark("conversion_rate", "线索转化率", 0.12)));
    }

    private static Stream<LocalDate> range(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1));
    }
}

package com.salesbot.core.push;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.DailyTouchCounts;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapBuilder;
import com.salesbot.core.rules.activity.HeatmapRow;
import com.salesbot.core.rules.activity.LowActivityAlert;
import com.salesbot.core.rules.activity.LowActivityDetector;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * R4 晨会摘要: for a business day, one card per team manager with yesterday's effective touches per rep, the
 * heatmap image, reps whose low-activity streak (R5) ended yesterday, R9 red gap warnings, untagged touches since
 * yesterday (R2) and compliance alerts (R12). Dedupe key {@code digest:<day>:<managerId>}.
 */
public final class DailyDigest {
    private final OrgStore org;
    private final TouchStore touches;
    private final TargetHealthSource health;
    private final BusinessCalendar calendar;
    private final Thresholds thresholds;
    private final HeatmapBuilder heatmaps;
    private final LowActivityDetector lowActivity;
    private final EffectiveTouchRule effective;
    private final HeatmapImages images;
    private final ComplianceAlerts compliance;
    private final RecipientDirectory directory;

    public DailyDigest(OrgStore org, TouchStore touches, TargetHealthSource health, BusinessCalendar calendar,
                       Thresholds thresholds, HeatmapImages images, ComplianceAlerts compliance,
                       RecipientDirectory directory) {
        this.org = org;
        this.touches = touches;
        this.health = health;
        this.calendar = calendar;
        this.thresholds = thresholds;
        this.heatmaps = new HeatmapBuilder(calendar, thresholds);
        this.lowActivity = new LowActivityDetector(calendar, thresholds);
        this.effective = new EffectiveTouchRule(thresholds);
        this.images = images;
        this.compliance = compliance;
        this.directory = directory;
    }

    public static String key(LocalDate day, String managerId) {
        return "digest:" + day + ":" + managerId;
    }

    /** Every manager's digest for the morning of {@code day}; none on a day that is not a business day. */
    public List<Outgoing> pushes(LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return List.of();
        }
        Inputs in = inputs(day);
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            List<Rep> members = org.repsOfTeam(team.id());
            List<Rep> managers = DataScope.managersOf(team.id(), members);
            if (managers.isEmpty()) {
                continue;
            }
            Card card = card(team, members, in, day);
            for (Rep manager : managers) {
                directory.to(manager, card).ifPresent(reply -> out.add(Outgoing.keyed(key(day, manager.id()), reply)));
            }
        }
        return out;
    }

    /** What every team's card is computed from: one read of the stores for the whole company. */
    private record Inputs(LocalDate yesterday, DailyTouchCounts heatmapCounts, DailyTouchCounts streakCounts,
                          List<Absence> absences, List<Touch> untagged) {
    }

    private Inputs inputs(LocalDate day) {
        List<LocalDate> columns = calendar.businessDaysBefore(day, thresholds.heatmapDays());
        LocalDate yesterday = calendar.previousBusinessDay(day);
        List<LocalDate> window = lowActivity.window(yesterday);
        LocalDate first = columns.isEmpty() ? window.get(0)
                : columns.get(0).isBefore(window.get(0)) ? columns.get(0) : window.get(0);
        List<Touch> recent = touches.between(calendar.startOf(first), calendar.startOf(day));
        long yesterdayStart = calendar.startOf(yesterday);
        List<Touch> untagged = recent.stream()
                .filter(t -> t.startedAt() >= yesterdayStart)
                .filter(t -> t.resultTag() == null || t.resultTag().isBlank())
                .toList();
        return new Inputs(yesterday, DailyTouchCounts.tally(recent, columns, calendar, effective),
                DailyTouchCounts.tally(recent, window, calendar, effective),
                org.absences(window.get(0), yesterday), untagged);
    }

    private Card card(Team team, List<Rep> members, Inputs in, LocalDate day) {
        Heatmap heatmap = heatmaps.build(members, in.heatmapCounts());
        Map<String, Rep> byId = members.stream().collect(Collectors.toMap(Rep::id, r -> r, (a, b) -> a,
                LinkedHashMap::new));
        List<LowActivityAlert> low = lowActivity.firing(members, in.absences(), in.streakCounts(), in.yesterday());
        TreeSet<String> lowIds = low.stream().map(LowActivityAlert::repId).collect(Collectors.toCollection(TreeSet::new));

        List<CardField> fields = new ArrayList<>();
        int total = 0;
        for (HeatmapRow row : heatmap.rows()) {
            total += row.yesterday();
            fields.add(new CardField(row.repName(), row.yesterday() + " 次", lowIds.contains(row.repId())));
        }
        List<String> lines = new ArrayList<>();
        lines.add("昨日（" + DayLabels.full(in.yesterday()) + "）有效触达共 " + total + " 次，热力图为最近 "
                + heatmap.days().size() + " 个工作日。");
        if (!low.isEmpty()) {
            lines.add("连续低活跃：" + names(lowIds, byId) + "（连续" + thresholds.lowActivityDays()
                    + "个工作日低于团队均值的" + Formats.percent(thresholds.lowActivityRatio()) + "），已推送话术锦囊包，晨会可以帮他们看看卡在哪。");
        }
        List<String> red = redWarnings(members, YearMonth.from(day));
        if (!red.isEmpty()) {
            lines.add("⚠ 缺口预警（储备低于缺口的" + Formats.number(thresholds.reserveGapRedRatio()) + "倍）："
                    + String.join("；", red));
        }
        Map<String, Long> untagged = in.untagged().stream().filter(t -> byId.containsKey(t.repId()))
                .collect(Collectors.groupingBy(Touch::repId, java.util.TreeMap::new, Collectors.counting()));
        if (!untagged.isEmpty()) {
            lines.add("未打结果标签：" + untagged.entrySet().stream()
                    .map(e -> byId.get(e.getKey()).name() + " " + e.getValue() + " 条")
                    .collect(Collectors.joining("、")));
        }
        List<String> alerts = compliance.of(team, in.yesterday());
        if (!alerts.isEmpty()) {
            lines.add("合规提醒：" + String.join("；", alerts));
        }
        if (low.isEmpty() && red.isEmpty() && untagged.isEmpty() && alerts.isEmpty()) {
            lines.add("没有预警，团队节奏正常。");
        }
        Tone tone = !red.isEmpty() || !alerts.isEmpty() ? Tone.DANGER
                : !low.isEmpty() || !untagged.isEmpty() ? Tone.WARNING : Tone.NORMAL;
        CardImage image = heatmap.rows().isEmpty() ? null : images.render(team, heatmap);
        return new Card("晨会摘要 · " + team.name() + " · " + DayLabels.full(day), tone, lines, fields, image, null,
                null, null);
    }

    private List<String> redWarnings(List<Rep> members, YearMonth month) {
        List<String> out = new ArrayList<>();
        for (Rep rep : SalesMembers.of(members)) {
            Optional<RepTargetHealth> h = health.health(rep, month);
            if (h.isPresent() && h.get().red()) {
                out.add(rep.name() + " 储备/缺口 " + (h.get().reserveGapRatio() == null ? "-"
                        : Formats.times(h.get().reserveGapRatio())) + "，还差约" + Formats.money(h.get().shortfallFen()));
            }
        }
        return out;
    }

    private static String names(TreeSet<String> ids, Map<String, Rep> byId) {
        return ids.stream().map(id -> byId.get(id).name()).collect(Collectors.joining("、"));
    }

}

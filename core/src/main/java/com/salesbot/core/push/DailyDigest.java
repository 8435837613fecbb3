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
import com.salesbot.core.rules.activity.SuddenZeroDetector;
import com.salesbot.core.rules.activity.SuddenZeroDetector.SuddenZero;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * R4 晨会摘要: for a business day, one card per team manager with yesterday's effective touches per rep, the
 * heatmap image, reps whose low-activity streak (R5) ended yesterday, R9 red gap warnings, untagged touches since
 * yesterday (R2), compliance alerts (R12) and who is on leave today. Dedupe key {@code digest:<day>:<managerId>}.
 */
public final class DailyDigest {
    private static final DateTimeFormatter CALLBACK_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private final OrgStore org;
    private final TouchStore touches;
    private final TargetHealthSource health;
    private final BusinessCalendar calendar;
    private final Thresholds thresholds;
    private final HeatmapBuilder heatmaps;
    private final LowActivityDetector lowActivity;
    private final SuddenZeroDetector suddenZero;
    private final EffectiveTouchRule effective;
    private final HeatmapImages images;
    private final ComplianceAlerts compliance;
    private final RecipientDirectory directory;
    private final ProcessSignals signals;
    private final Set<String> adminIds;

    public DailyDigest(OrgStore org, TouchStore touches, TargetHealthSource health, BusinessCalendar calendar,
                       Thresholds thresholds, HeatmapImages images, ComplianceAlerts compliance,
                       RecipientDirectory directory) {
        this(org, touches, health, calendar, thresholds, images, compliance, directory, null);
    }

    /** With the Monday 线索跟进周期 line ({@code signals} may be null: no such line). */
    public DailyDigest(OrgStore org, TouchStore touches, TargetHealthSource health, BusinessCalendar calendar,
                       Thresholds thresholds, HeatmapImages images, ComplianceAlerts compliance,
                       RecipientDirectory directory, ProcessSignals signals) {
        this(org, touches, health, calendar, thresholds, images, compliance, directory, signals, Set.of());
    }

    /** @param adminIds who gets the sudden-zero alert ({@code salesbot.admins}); empty: the directors */
    public DailyDigest(OrgStore org, TouchStore touches, TargetHealthSource health, BusinessCalendar calendar,
                       Thresholds thresholds, HeatmapImages images, ComplianceAlerts compliance,
                       RecipientDirectory directory, ProcessSignals signals, Set<String> adminIds) {
        this.adminIds = Set.copyOf(adminIds);
        this.signals = signals;
        this.org = org;
        this.touches = touches;
        this.health = health;
        this.calendar = calendar;
        this.thresholds = thresholds;
        this.heatmaps = new HeatmapBuilder(calendar, thresholds);
        this.lowActivity = new LowActivityDetector(calendar, thresholds);
        this.suddenZero = new SuddenZeroDetector(calendar, thresholds);
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
            Optional<SuddenZero> zero = suddenZero.firing(members, in.absences(), in.zeroCounts(), in.yesterday());
            Card card = card(team, members, in, day, zero);
            for (Rep manager : managers) {
                directory.to(manager, card).ifPresent(reply -> out.add(Outgoing.keyed(key(day, manager.id()), reply)));
            }
            zero.ifPresent(z -> out.addAll(suddenZeroAlerts(team, members, z, day)));
        }
        return out;
    }

    public static String suddenZeroKey(LocalDate day, String teamId, String adminId) {
        return "sudden-zero:" + day + ":" + teamId + ":" + adminId;
    }

    /**
     * The admins ({@link DataScope#adminsAmong}: the configured admins, else the active directors) are told what the
     * bot knows about the reps who dropped to zero: when each last
     * tapped a card (a result-tag callback) and which platform they are reachable on.
     */
    private List<Outgoing> suddenZeroAlerts(Team team, List<Rep> members, SuddenZero zero, LocalDate day) {
        Map<String, Rep> byId = members.stream().collect(Collectors.toMap(Rep::id, r -> r, (a, b) -> a));
        long since = calendar.startOf(day.minusDays(30));
        List<String> lines = new ArrayList<>();
        lines.add(team.name() + "：" + zero.repIds().size() + " 位此前连续" + thresholds.suddenZeroSteadyDays()
                + "个工作日都有有效触达的销售，" + DayLabels.full(zero.day()) + " 同时为 0。");
        lines.add("更可能是企业微信/钉钉、客户端或回调出了问题，请排查；他们今天不会收到锦囊包。");
        for (String id : zero.repIds()) {
            Rep rep = byId.get(id);
            long lastTap = touches.ofRepBetween(id, since, calendar.startOf(day)).stream()
                    .mapToLong(Touch::taggedAt).max().orElse(0);
            lines.add(rep.name() + "：最近一次卡片回调 " + (lastTap == 0 ? "30天内没有"
                    : CALLBACK_TIME.format(Instant.ofEpochMilli(lastTap).atZone(calendar.zone())))
                    + "；渠道 " + channels(rep));
        }
        Card card = new Card("疑似工具故障 · " + team.name(), Tone.WARNING, lines, null, null, null, null, null);
        List<Outgoing> out = new ArrayList<>();
        for (Rep admin : DataScope.adminsAmong(org.reps(), adminIds)) {
            directory.to(admin, card).ifPresent(reply ->
                    out.add(Outgoing.keyed(suddenZeroKey(day, team.id(), admin.id()), reply)));
        }
        return out;
    }

    private static String channels(Rep rep) {
        List<String> c = new ArrayList<>();
        if (rep.wecomUserId() != null) {
            c.add("企业微信");
        }
        if (rep.dingtalkStaffId() != null) {
            c.add("钉钉");
        }
        return c.isEmpty() ? "未绑定" : String.join("、", c);
    }

    /** What every team's card is computed from: one read of the stores for the whole company. */
    private record Inputs(LocalDate yesterday, DailyTouchCounts heatmapCounts, DailyTouchCounts streakCounts,
                          DailyTouchCounts zeroCounts, List<Absence> absences, List<Touch> untagged) {
    }

    private Inputs inputs(LocalDate day) {
        List<LocalDate> columns = calendar.businessDaysBefore(day, thresholds.heatmapDays());
        LocalDate yesterday = calendar.previousBusinessDay(day);
        List<LocalDate> window = lowActivity.window(yesterday);
        List<LocalDate> zeroWindow = suddenZero.window(yesterday);
        LocalDate first = window.get(0).isBefore(zeroWindow.get(0)) ? window.get(0) : zeroWindow.get(0);
        first = columns.isEmpty() || first.isBefore(columns.get(0)) ? first : columns.get(0);
        List<Touch> recent = touches.between(calendar.startOf(first), calendar.startOf(day));
        long yesterdayStart = calendar.startOf(yesterday);
        List<Touch> untagged = recent.stream()
                .filter(t -> t.startedAt() >= yesterdayStart)
                .filter(t -> t.resultTag() == null || t.resultTag().isBlank())
                .toList();
        return new Inputs(yesterday, DailyTouchCounts.tally(recent, columns, calendar, effective),
                DailyTouchCounts.tally(recent, window, calendar, effective),
                DailyTouchCounts.tally(recent, zeroWindow, calendar, effective),
                org.absences(first, day), untagged);
    }

    private Card card(Team team, List<Rep> members, Inputs in, LocalDate day, Optional<SuddenZero> zero) {
        Heatmap heatmap = heatmaps.build(members, in.heatmapCounts());
        Map<String, Rep> byId = members.stream().collect(Collectors.toMap(Rep::id, r -> r, (a, b) -> a,
                LinkedHashMap::new));
        List<LowActivityAlert> low = lowActivity.firing(members, in.absences(), in.streakCounts(), in.yesterday())
                .stream().filter(a -> zero.isEmpty() || !zero.get().repIds().contains(a.repId())).toList();
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
        zero.ifPresent(z -> lines.add("⚠ 疑似工具问题：" + names(new TreeSet<>(z.repIds()), byId) + " 此前连续"
                + thresholds.suddenZeroSteadyDays() + "个工作日都有有效触达，昨日同时为 0。更可能是企业微信/钉钉或客户端出了"
                + "问题，不是活跃度问题；已通知管理员排查，今天不推送他们的锦囊包。"));
        List<String> away = SalesMembers.of(members).stream()
                .filter(r -> in.absences().stream().anyMatch(a -> a.repId().equals(r.id()) && a.covers(day)))
                .map(Rep::name).toList();
        if (!away.isEmpty()) {
            lines.add("今日请假：" + String.join("、", away) + "（不计入团队均值，不推送锦囊）");
        }
        if (signals != null) {
            signals.mondayLine(members, day).ifPresent(lines::add);
        }
        if (low.isEmpty() && red.isEmpty() && untagged.isEmpty() && alerts.isEmpty() && zero.isEmpty()) {
            lines.add("没有预警，团队节奏正常。");
        }
        Tone tone = !red.isEmpty() || !alerts.isEmpty() ? Tone.DANGER
                : !low.isEmpty() || !untagged.isEmpty() || zero.isPresent() ? Tone.WARNING : Tone.NORMAL;
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

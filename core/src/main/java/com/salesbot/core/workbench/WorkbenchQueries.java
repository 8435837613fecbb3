package com.salesbot.core.workbench;

import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.DailyTouchCounts;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapBuilder;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.credibility.CredibilityList;
import com.salesbot.core.rules.credibility.CredibilityLists;
import com.salesbot.core.rules.credibility.RankedRep;
import com.salesbot.core.rules.lead.LeadDwell;
import com.salesbot.core.rules.lead.LeadDwellRanking;
import com.salesbot.core.rules.targethealth.TargetHealth;
import com.salesbot.core.rules.targethealth.TargetStatus;
import com.salesbot.core.scope.DataScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the workbench pages show, read through the same rules the chat and the pushes use (R9 target health, R4
 * effective-touch heatmap, R6 lead dwell) and filtered by {@link DataScope}: a rep sees their own, a manager their
 * team, a director everyone. A request outside the requester's reach is refused with {@link WorkbenchDenied}.
 */
public final class WorkbenchQueries {
    /** Heatmap ranges a person can pick (business days before the report day). */
    public static final int MIN_DAYS = 5;
    public static final int MAX_DAYS = 30;
    static final int UNTAGGED_DAYS = 14;
    private static final long DAY_MS = 86_400_000L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final OrgStore org;
    private final TouchStore touches;
    private final LeadStore leads;
    private final CustomerStore customers;
    private final TargetHealthSource health;
    private final BusinessConfig config;
    private final BusinessCalendar calendar;
    private final Set<String> closedStages;
    private final ComplianceAlerts compliance;

    public WorkbenchQueries(OrgStore org, TouchStore touches, LeadStore leads, CustomerStore customers,
                            TargetHealthSource health, BusinessConfig config, BusinessCalendar calendar,
                            Set<String> closedStages, ComplianceAlerts compliance) {
        this.compliance = compliance == null ? ComplianceAlerts.NONE : compliance;
        this.org = org;
        this.touches = touches;
        this.leads = leads;
        this.customers = customers;
        this.health = health;
        this.config = config;
        this.calendar = calendar;
        this.closedStages = Set.copyOf(closedStages);
    }

    /** 今日: one person's target health, untagged touches of the last two weeks and open leads by dwell. */
    public Today today(Rep requester, String repId, long now) {
        Rep subject = visiblePerson(requester, repId);
        YearMonth month = YearMonth.from(calendar.dayOf(now));
        List<Touch> open = touches.ofRepBetween(subject.id(), now - UNTAGGED_DAYS * DAY_MS, now + 1).stream()
                .filter(t -> !t.tagged()).sorted(Comparator.comparingLong(Touch::startedAt).reversed()).toList();
        Map<String, String> names = customerNames();
        List<UntaggedTouch> untagged = open.stream().map(t -> new UntaggedTouch(t.id(),
                t.customerId() == null ? "未关联客户" : names.getOrDefault(t.customerId(), t.customerId()),
                kindLabel(t), t.startedAt(), TIME.format(Instant.ofEpochMilli(t.startedAt()).atZone(calendar.zone())),
                t.durationSeconds())).toList();
        List<Lead> own = leads.ofOwner(subject.id());
        LeadDwellRanking ranking = new LeadDwellRanking(calendar, config.thresholds());
        LocalDate today = calendar.dayOf(now);
        List<DwellRow> dwell = own.stream().filter(l -> !closedStages.contains(l.stage()))
                .map(l -> new LeadDwell(l, ranking.days(l, today)))
                .sorted(Comparator.comparingLong(LeadDwell::days).reversed().thenComparingLong(d -> d.lead().id()))
                .map(d -> dwellRow(d, names, Map.of(subject.id(), subject))).toList();
        List<TagOption> tags = config.resultTags().stream().map(c -> new TagOption(c.code(), c.label())).toList();
        return new Today(subject.id(), subject.name(), month.toString(), target(subject, month), untagged, dwell, tags);
    }

    /** The teams the requester may open on the 团队 page (none for a rep). */
    public List<TeamOption> teams(Rep requester) {
        DataScope scope = DataScope.of(requester);
        return org.teams().stream().filter(t -> scope.canSeeTeam(t.id()))
                .map(t -> new TeamOption(t.id(), t.name())).toList();
    }

    /**
     * 团队: the effective-touch heatmap over {@code days} business days before today, every member's target health
     * (the page sorts it), the gap warnings (R9 red) and the team's lead dwell TOP-N (R6).
     */
    public TeamPage team(Rep requester, String teamId, int days, long now) {
        Team team = visibleTeam(requester, teamId);
        Heatmap heatmap = heatmap(team, days, now);
        List<Rep> members = org.repsOfTeam(team.id()).stream().filter(Rep::active).toList();
        YearMonth month = YearMonth.from(calendar.dayOf(now));
        List<TargetRow> targets = members.stream().map(m -> target(m, month)).toList();
        List<String> warnings = targets.stream().filter(TargetRow::warning).map(t -> t.repName() + "：缺口 "
                + yuan(t.gapFen()) + "，合格储备 " + yuan(t.reserveFen()) + "，低于缺口的 "
                + config.thresholds().reserveGapRedRatio() + " 倍").toList();
        List<DwellRow> dwell = dwellTop(team, now);
        List<String> labels = heatmap.days().stream().map(WorkbenchQueries::dayLabel).toList();
        List<HeatRow> rows = heatmap.rows().stream()
                .map(r -> new HeatRow(r.repId(), r.repName(), r.counts(), r.total())).toList();
        return new TeamPage(team.id(), team.name(), month.toString(), heatmap.days().size(), labels, rows, targets,
                warnings, dwell, credibility(requester, members, now), complianceLines(team, now));
    }

    /** The heatmap of a team the requester may see, for the chart. */
    public Heatmap heatmap(Rep requester, String teamId, int days, long now) {
        return heatmap(visibleTeam(requester, teamId), days, now);
    }

    /** The team's lead dwell TOP-N (R6), for the table and its CSV download. */
    public List<DwellRow> dwellTop(Rep requester, String teamId, long now) {
        return dwellTop(visibleTeam(requester, teamId), now);
    }

    /** The person's target health for the chart, or empty when there is no target this month. */
    public Optional<RepTargetHealth> targetHealth(Rep requester, String repId, long now) {
        Rep subject = visiblePerson(requester, repId);
        return health.health(subject, YearMonth.from(calendar.dayOf(now)));
    }

    /** The person a chart is about, when the requester may see them. */
    public Rep person(Rep requester, String repId) {
        return visiblePerson(requester, repId);
    }

    /** R20 of last month: the red list for everyone on the page, the black list only where DataScope allows. */
    private List<CredRow> credibility(Rep requester, List<Rep> members, long now) {
        YearMonth previous = YearMonth.from(calendar.dayOf(now)).minusMonths(1);
        long from = calendar.startOf(previous.atDay(1));
        long to = calendar.startOf(previous.plusMonths(1).atDay(1));
        List<Lead> lastMonth = new ArrayList<>();
        List<Customer> owned = new ArrayList<>();
        for (Rep m : members) {
            leads.ofOwner(m.id()).stream().filter(l -> l.firstTouchAt() >= from && l.firstTouchAt() < to)
                    .forEach(lastMonth::add);
            owned.addAll(customers.ofOwner(m.id()));
        }
        CredibilityLists lists = new CredibilityLists(calendar, config.thresholds());
        boolean black = DataScope.of(requester).canSeeBlackList();
        List<CredRow> rows = new ArrayList<>();
        for (CredibilityList list : List.of(lists.leadSourceAccuracy(members, lastMonth),
                lists.gradeTimeliness(members, owned, now))) {
            list.red().forEach(r -> rows.add(credRow(list, "红榜", r)));
            if (black) {
                list.black().forEach(r -> rows.add(credRow(list, "黑榜", r)));
            }
        }
        return rows;
    }

    private static CredRow credRow(CredibilityList list, String kind, RankedRep r) {
        return new CredRow(list.metric().label(), kind, r.rank(), r.repName(), r.rate().hits(), r.rate().samples());
    }

    /** The team's compliance alerts (with their evidence lines) of today and the business day before. */
    private List<String> complianceLines(Team team, long now) {
        LocalDate today = calendar.dayOf(now);
        List<String> lines = new ArrayList<>(compliance.of(team, today));
        LocalDate before = calendar.previousBusinessDay(today);
        compliance.of(team, before).forEach(l -> lines.add(dayLabel(before) + " · " + l));
        return lines;
    }

    private Heatmap heatmap(Team team, int days, long now) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("天数应在 " + MIN_DAYS + " 到 " + MAX_DAYS + " 之间");
        }
        LocalDate today = calendar.dayOf(now);
        List<LocalDate> columns = calendar.businessDaysBefore(today, days);
        List<Rep> members = org.repsOfTeam(team.id());
        long from = columns.isEmpty() ? calendar.startOf(today) : calendar.startOf(columns.get(0));
        long to = calendar.startOf(today);
        List<Touch> teamTouches = new ArrayList<>();
        for (Rep m : members) {
            teamTouches.addAll(touches.ofRepBetween(m.id(), from, to));
        }
        DailyTouchCounts counts = DailyTouchCounts.tally(teamTouches, columns, calendar,
                new EffectiveTouchRule(config.thresholds()));
        return new HeatmapBuilder(calendar, config.thresholds()).build(members, counts);
    }

    private List<DwellRow> dwellTop(Team team, long now) {
        Map<String, Rep> members = org.repsOfTeam(team.id()).stream()
                .collect(Collectors.toMap(Rep::id, Function.identity()));
        List<Lead> teamLeads = new ArrayList<>();
        for (String id : members.keySet()) {
            teamLeads.addAll(leads.ofOwner(id));
        }
        LeadDwellRanking ranking = new LeadDwellRanking(calendar, config.thresholds());
        Map<String, String> names = customerNames();
        return ranking.top(teamLeads, now, closedStages).stream().map(d -> dwellRow(d, names, members)).toList();
    }

    private TargetRow target(Rep rep, YearMonth month) {
        Optional<RepTargetHealth> h = health.health(rep, month);
        if (h.isEmpty()) {
            return new TargetRow(rep.id(), rep.name(), 0, 0, 0, 0, 0, 0, TargetStatus.NO_TARGET.name(), "未设目标",
                    null, false);
        }
        TargetHealth m = h.get().month();
        double completion = m.completion() == null ? 0 : m.completion().multiply(BigDecimal.valueOf(100)).doubleValue();
        return new TargetRow(rep.id(), rep.name(), m.targetFen(), m.achievedFen(), Math.round(completion * 10) / 10.0,
                m.reserveFen(), m.gapFen(), m.requiredReserveFen(), m.status().name(), statusLabel(m.status()),
                awardLabel(h.get().award()), m.red());
    }

    private Rep visiblePerson(Rep requester, String repId) {
        String id = repId == null || repId.isBlank() ? requester.id() : repId;
        Rep subject = org.findRep(id).orElseThrow(() -> new NoSuchElementException("没有这个人"));
        if (!DataScope.canView(requester, subject)) {
            throw new WorkbenchDenied("只能查看" + (requester.id().equals(id) ? "" : "自己或本团队") + "的数据");
        }
        return subject;
    }

    private Team visibleTeam(Rep requester, String teamId) {
        String id = teamId == null || teamId.isBlank() ? requester.teamId() : teamId;
        if (id == null) {
            throw new NoSuchElementException("请选择一个团队");
        }
        if (!DataScope.of(requester).canSeeTeam(id)) {
            throw new WorkbenchDenied("只能查看本团队的数据");
        }
        return org.findTeam(id).orElseThrow(() -> new NoSuchElementException("没有这个团队"));
    }

    private DwellRow dwellRow(LeadDwell d, Map<String, String> names, Map<String, Rep> owners) {
        Lead l = d.lead();
        Rep owner = owners.get(l.ownerRepId());
        return new DwellRow(l.id(), names.getOrDefault(l.customerId(), l.customerId()),
                owner == null ? l.ownerRepId() : owner.name(), stageLabel(l.stage()), d.days(), l.painPoint());
    }

    private Map<String, String> customerNames() {
        return customers.all().stream().collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
    }

    private String stageLabel(String code) {
        return Choice.labelOf(config.stages(), code);
    }

    private static String kindLabel(Touch t) {
        return switch (t.kind()) {
            case CALL -> "电话";
            case VISIT -> "拜访";
            case CHAT -> "微信/聊天";
            case MEETING -> "会议";
        };
    }

    public static String dayLabel(LocalDate day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth() + " "
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
    }

    private static String statusLabel(TargetStatus s) {
        return switch (s) {
            case NO_TARGET -> "未设目标";
            case MET -> "已达成";
            case RED -> "红色预警";
            case HEALTHY -> "健康";
        };
    }

    private static String awardLabel(AwardStatus a) {
        return switch (a) {
            case ELIGIBLE -> "可获过程健康奖";
            case ON_TRACK -> "本月达标，继续保持";
            case NOT_ELIGIBLE -> "暂不符合过程健康奖";
        };
    }

    static String yuan(long fen) {
        return "¥" + String.format(Locale.ROOT, "%,d", Math.round(fen / 100.0));
    }

    public record Today(String repId, String repName, String month, TargetRow target, List<UntaggedTouch> untagged,
                        List<DwellRow> leads, List<TagOption> tags) {
    }

    /**
     * One person's R9 target health this month; completion in percent (one decimal), warning = R9 red.
     */
    public record TargetRow(String repId, String repName, long targetFen, long achievedFen, double completion,
                            long reserveFen, long gapFen, long requiredReserveFen, String status, String statusLabel,
                            String award, boolean warning) {
    }

    public record UntaggedTouch(long id, String customerName, String kind, long startedAt, String startedAtText,
                                int durationSeconds) {
    }

    public record DwellRow(long leadId, String customerName, String ownerName, String stage, long days,
                           String painPoint) {
    }

    public record TagOption(String code, String label) {
    }

    public record TeamOption(String id, String name) {
    }

    public record HeatRow(String repId, String repName, List<Integer> counts, int total) {
    }

    public record TeamPage(String teamId, String teamName, String month, int days, List<String> dayLabels,
                           List<HeatRow> heatmap, List<TargetRow> targets, List<String> warnings,
                           List<DwellRow> dwellTop, List<CredRow> credibility, List<String> compliance) {
    }

    /** One place on last month's R20 红榜 / 黑榜 of a measure. */
    public record CredRow(String metric, String list, int rank, String repName, int hits, int samples) {
    }
}

package com.salesbot.core.push;

import com.salesbot.core.scope.DataScope;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.config.Choice;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.lead.FollowUpCycle;
import com.salesbot.core.rules.lead.LostReasonShare;
import com.salesbot.core.rules.lead.SourceConversion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The process signals the article asks for: the 线索跟进周期 in the manager's Monday digest (last 30 days against
 * the 30 before) and, with each lead source's share and conversion, in the director's monthly card (last month
 * against the month before). Key of the monthly card: {@code process-signals:<month>:<directorId>}.
 */
public final class ProcessSignals {
    static final int WINDOW_DAYS = 30;

    private final OrgStore org;
    private final LeadStore leads;
    private final TouchStore touches;
    private final OpportunityStore opportunities;
    private final BusinessCalendar calendar;
    private final Set<String> closedStages;
    private final RecipientDirectory directory;
    private final List<Choice> lostReasons;

    public ProcessSignals(OrgStore org, LeadStore leads, TouchStore touches, OpportunityStore opportunities,
                          BusinessCalendar calendar, Set<String> closedStages, RecipientDirectory directory) {
        this(org, leads, touches, opportunities, calendar, closedStages, directory, List.of());
    }

    /** @param lostReasons the configured lost reasons, for their labels on the monthly card */
    public ProcessSignals(OrgStore org, LeadStore leads, TouchStore touches, OpportunityStore opportunities,
                          BusinessCalendar calendar, Set<String> closedStages, RecipientDirectory directory,
                          List<Choice> lostReasons) {
        this.lostReasons = List.copyOf(lostReasons);
        this.org = org;
        this.leads = leads;
        this.touches = touches;
        this.opportunities = opportunities;
        this.calendar = calendar;
        this.closedStages = Set.copyOf(closedStages);
        this.directory = directory;
    }

    /** The digest line of a team on a Monday; empty on other days or without any follow-up in both windows. */
    public Optional<String> mondayLine(List<Rep> members, LocalDate day) {
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            return Optional.empty();
        }
        long end = calendar.startOf(day);
        long mid = calendar.startOf(day.minusDays(WINDOW_DAYS));
        long start = calendar.startOf(day.minusDays(2L * WINDOW_DAYS));
        List<String> ids = SalesMembers.of(members).stream().map(Rep::id).toList();
        Double now = cycle(ids, mid, end);
        Double before = cycle(ids, start, mid);
        if (now == null) {
            return Optional.empty();
        }
        return Optional.of("线索跟进周期（近" + WINDOW_DAYS + "天）：平均 " + days(now) + " 天跟进一次"
                + change(before, now, "前" + WINDOW_DAYS + "天") + "。");
    }

    /** The director's monthly card about {@code month - 1}, sent on the monthly push day of {@code month}. */
    public List<Outgoing> monthly(YearMonth month) {
        YearMonth last = month.minusMonths(1);
        long from = calendar.startOf(last.atDay(1));
        long to = calendar.startOf(month.atDay(1));
        long before = calendar.startOf(last.minusMonths(1).atDay(1));
        List<Lead> allLeads = leads.all();
        List<Touch> recent = touches.between(before - 366L * 86_400_000L, to);
        Map<String, FollowUpCycle.Gaps> now = FollowUpCycle.byRep(allLeads, recent, closedStages, from, to);
        Map<String, FollowUpCycle.Gaps> prev = FollowUpCycle.byRep(allLeads, recent, closedStages, before, from);
        List<CardField> fields = new ArrayList<>();
        List<String> everyone = new ArrayList<>();
        for (Team team : org.teams()) {
            List<String> ids = SalesMembers.of(org.repsOfTeam(team.id())).stream().map(Rep::id).toList();
            everyone.addAll(ids);
            Double n = FollowUpCycle.of(now, ids).meanDays();
            if (n != null) {
                fields.add(new CardField("跟进周期 · " + team.name(), days(n) + " 天"
                        + change(FollowUpCycle.of(prev, ids).meanDays(), n, "上月"), false));
            }
        }
        List<String> lines = new ArrayList<>();
        Double all = FollowUpCycle.of(now, everyone).meanDays();
        lines.add(all == null ? last.getMonthValue() + "月没有线索跟进记录。"
                : last.getMonthValue() + "月线索跟进周期：平均 " + days(all) + " 天跟进一次"
                + change(FollowUpCycle.of(prev, everyone).meanDays(), all, "上月") + "（目标：缩短约40%）。");
        List<SourceConversion.Row> sources = SourceConversion.compute(allLeads, opportunities.all(), from, to);
        if (sources.isEmpty()) {
            lines.add(last.getMonthValue() + "月没有新线索。");
        } else {
            lines.add("新线索来源与转化（占比 · 转商机 · 赢单）：");
            for (SourceConversion.Row r : sources) {
                fields.add(new CardField("来源 · " + r.source(), r.leads() + " 条，占 " + Formats.percent(r.share())
                        + " · 转商机 " + Formats.percent(r.opportunityRate()) + " · 赢单 "
                        + Formats.percent(r.wonRate()), false));
            }
        }
        List<LostReasonShare.Row> lost = LostReasonShare.compute(allLeads, from, to);
        if (!lost.isEmpty()) {
            fields.add(new CardField("输单原因（共 " + lost.stream().mapToInt(LostReasonShare.Row::leads).sum() + " 条）",
                    lost.stream().map(r -> reasonLabel(r.reason()) + " " + Formats.percent(r.share()))
                            .collect(java.util.stream.Collectors.joining("、")), false));
        }
        Card card = new Card(last.getMonthValue() + "月过程信号：跟进周期与线索来源", Tone.NORMAL, lines, fields, null,
                null, null, null);
        List<Outgoing> out = new ArrayList<>();
        for (Rep director : org.reps()) {
            if (DataScope.seesAll(director)) {
                directory.to(director, card).ifPresent(r ->
                        out.add(Outgoing.keyed("process-signals:" + month + ":" + director.id(), r)));
            }
        }
        return out;
    }

    private String reasonLabel(String code) {
        return Choice.labelOf(lostReasons, code);
    }

    private Double cycle(List<String> ids, long from, long to) {
        List<Touch> window = touches.between(from - 366L * 86_400_000L, to);
        return FollowUpCycle.of(FollowUpCycle.byRep(leads.all(), window, closedStages, from, to), ids).meanDays();
    }

    private static String days(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String change(Double before, double now, String label) {
        Double c = FollowUpCycle.change(before, now);
        if (c == null) {
            return "（" + label + "无数据）";
        }
        long pct = Math.round(c * 100);
        return "，较" + label + (pct == 0 ? "持平" : (pct < 0 ? "缩短 " + -pct : "延长 " + pct) + "%");
    }
}

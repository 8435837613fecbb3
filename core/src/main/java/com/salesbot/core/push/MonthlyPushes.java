package com.salesbot.core.push;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardLink;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.credibility.CredibilityList;
import com.salesbot.core.rules.credibility.CredibilityLists;
import com.salesbot.core.rules.credibility.RankedRep;
import com.salesbot.core.rules.lead.LeadDwell;
import com.salesbot.core.rules.lead.LeadDwellRanking;
import com.salesbot.core.scope.DataScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monthly reports, sent by the configured day of the month.
 * <ul>
 *   <li>R9 目标健康度: each rep with a target gets their figures ({@code target-health:<month>:<repId>}); each
 *   manager gets the team overview with the red reps ({@code target-health:<month>:team:<managerId>}).</li>
 *   <li>R6 线索停留 TOP10: directors get the list, framed as "why is it stuck", and a CSV link
 *   ({@code lead-dwell:<month>:<directorId>}).</li>
 *   <li>R20 红黑榜 per team over the previous month's leads: the red list to every member
 *   ({@code red-list:<month>:<id>}), the black list to managers only ({@code black-list:<month>:<managerId>}).</li>
 *   <li>Whatever the features add as {@link MonthlyReport}s (the targets feature: target decay for directors,
 *   目标共识度 for managers).</li>
 * </ul>
 */
public final class MonthlyPushes {
    private final OrgStore org;
    private final LeadStore leads;
    private final CustomerStore customers;
    private final TargetHealthSource health;
    private final BusinessCalendar calendar;
    private final Thresholds thresholds;
    private final LeadDwellRanking dwell;
    private final CredibilityLists credibility;
    private final Set<String> closedStages;
    private final PushFiles files;
    private final RecipientDirectory directory;
    private final ProcessSignals signals;
    private final List<Choice> stages;
    private final List<MonthlyReport> reports;

    /** @param stages the configured lead stages: codes are shown by their Chinese labels */
    public MonthlyPushes(OrgStore org, LeadStore leads, CustomerStore customers, TargetHealthSource health,
                         BusinessCalendar calendar, Thresholds thresholds, Set<String> closedStages, PushFiles files,
                         RecipientDirectory directory) {
        this(org, leads, customers, health, calendar, thresholds, closedStages, files, directory, List.of(), null);
    }

    public MonthlyPushes(OrgStore org, LeadStore leads, CustomerStore customers, TargetHealthSource health,
                         BusinessCalendar calendar, Thresholds thresholds, Set<String> closedStages, PushFiles files,
                         RecipientDirectory directory, List<Choice> stages) {
        this(org, leads, customers, health, calendar, thresholds, closedStages, files, directory, stages, null);
    }

    /** With the director's process-signals card ({@code signals} may be null: no such card). */
    public MonthlyPushes(OrgStore org, LeadStore leads, CustomerStore customers, TargetHealthSource health,
                         BusinessCalendar calendar, Thresholds thresholds, Set<String> closedStages, PushFiles files,
                         RecipientDirectory directory, List<Choice> stages, ProcessSignals signals) {
        this(org, leads, customers, health, calendar, thresholds, closedStages, files, directory, stages, signals,
                List.of());
    }

    /** With the monthly cards of features ({@code reports}, e.g. target decay and 目标共识度). */
    public MonthlyPushes(OrgStore org, LeadStore leads, CustomerStore customers, TargetHealthSource health,
                         BusinessCalendar calendar, Thresholds thresholds, Set<String> closedStages, PushFiles files,
                         RecipientDirectory directory, List<Choice> stages, ProcessSignals signals,
                         List<MonthlyReport> reports) {
        this.reports = List.copyOf(reports);
        this.signals = signals;
        this.org = org;
        this.leads = leads;
        this.customers = customers;
        this.health = health;
        this.calendar = calendar;
        this.thresholds = thresholds;
        this.dwell = new LeadDwellRanking(calendar, thresholds);
        this.credibility = new CredibilityLists(calendar, thresholds);
        this.closedStages = Set.copyOf(closedStages);
        this.files = files;
        this.directory = directory;
        this.stages = List.copyOf(stages);
    }

    private String stageLabel(String code) {
        return Choice.labelOf(stages, code);
    }

    public List<Outgoing> all(YearMonth month, long now) {
        List<Outgoing> out = new ArrayList<>(targetHealth(month));
        out.addAll(leadDwell(month, now));
        out.addAll(credibilityLists(month, now));
        if (signals != null) {
            out.addAll(signals.monthly(month));
        }
        for (MonthlyReport report : reports) {
            out.addAll(report.monthly(month, now));
        }
        return out;
    }

    public List<Outgoing> targetHealth(YearMonth month) {
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            List<Rep> members = org.repsOfTeam(team.id());
            List<CardField> overview = new ArrayList<>();
            List<String> red = new ArrayList<>();
            for (Rep rep : SalesMembers.of(members)) {
                Optional<RepTargetHealth> h = health.health(rep, month);
                if (h.isEmpty()) {
                    continue;
                }
                directory.to(rep, repCard(rep, month, h.get()))
                        .ifPresent(r -> out.add(Outgoing.keyed("target-health:" + month + ":" + rep.id(), r)));
                overview.add(new CardField(rep.name(), Formats.percent(h.get().completion()) + " · 储备/缺口 "
                        + ratio(h.get()), h.get().red()));
                if (h.get().red()) {
                    red.add(rep.name());
                }
            }
            if (overview.isEmpty()) {
                continue;
            }
            List<String> lines = List.of(red.isEmpty() ? "全员储备都在缺口的" + Formats.number(thresholds.reserveGapRedRatio()) + "倍以上。"
                    : "⚠ 红色预警 " + red.size() + " 人：" + String.join("、", red) + "（储备低于缺口的"
                    + Formats.number(thresholds.reserveGapRedRatio()) + "倍），本周请一起补有效商机。");
            Card card = new Card(team.name() + " · " + month.getMonthValue() + "月目标健康度", red.isEmpty() ? Tone.NORMAL
                    : Tone.DANGER, lines, overview, null, null, null, null);
            for (Rep manager : DataScope.managersOf(team.id(), members)) {
                directory.to(manager, card)
                        .ifPresent(r -> out.add(Outgoing.keyed("target-health:" + month + ":team:" + manager.id(), r)));
            }
        }
        return out;
    }

    private Card repCard(Rep rep, YearMonth month, RepTargetHealth h) {
        List<CardField> fields = List.of(
                new CardField("本月目标", Formats.money(h.targetFen()), false),
                new CardField("已完成", Formats.money(h.achievedFen()) + "（" + Formats.percent(h.completion()) + "）", false),
                new CardField("有效商机储备", Formats.money(h.reserveFen()), false),
                new CardField("缺口", Formats.money(h.gapFen()), false),
                new CardField("储备/缺口", ratio(h), h.red()));
        String line = h.red() ? "⚠ 红色预警：储备不到缺口的" + Formats.number(thresholds.reserveGapRedRatio())
                + "倍，还需补充约" + Formats.money(h.shortfallFen()) + "的有效商机（需求、预算、决策人都已确认）。"
                : h.gapFen() <= 0 ? "本月目标已完成，漂亮！" : "储备充足，保持节奏。随时发“目标”可以查看最新进度。";
        return new Card(rep.name() + " · " + month.getMonthValue() + "月目标健康度", h.red() ? Tone.DANGER : Tone.NORMAL,
                List.of(line), fields, null, null, null, null);
    }

    public List<Outgoing> leadDwell(YearMonth month, long now) {
        List<Rep> directors = org.reps().stream().filter(DataScope::seesAll).toList();
        if (directors.isEmpty()) {
            return List.of();
        }
        List<LeadDwell> top = dwell.top(leads.all(), now, closedStages);
        if (top.isEmpty()) {
            return List.of();
        }
        Map<String, Rep> reps = org.reps().stream().collect(Collectors.toMap(Rep::id, Function.identity()));
        Map<String, String> teams = org.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<String, String> customerNames = customers.all().stream()
                .collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
        String link = files.publish("lead-dwell-top" + top.size() + "-" + month + ".csv",
                LeadDwellCsv.write(top, reps, teams, customerNames, this::stageLabel, calendar.zone()));
        List<CardField> fields = new ArrayList<>();
        int rank = 1;
        for (LeadDwell d : top) {
            Lead lead = d.lead();
            Rep owner = reps.get(lead.ownerRepId());
            fields.add(new CardField(rank++ + ". " + customerNames.getOrDefault(lead.customerId(), lead.customerId()),
                    (owner == null ? lead.ownerRepId() : owner.name()) + " · " + stageLabel(lead.stage()) + " · 已停留 " + d.days()
                            + " 天", false));
        }
        List<String> lines = List.of("以下线索在当前阶段停留最久。这不是追责名单，想请大家一起看看：卡在哪一步？缺客户的什么信息，还是需要我们给什么支持？",
                "完整明细是 CSV 文件，可用 Excel 打开。");
        Card card = new Card(month.getMonthValue() + "月线索停留时长 TOP" + top.size(), Tone.NORMAL, lines, fields,
                null, null, null, null, new CardLink("下载完整明细", link, "条"));
        List<Outgoing> out = new ArrayList<>();
        for (Rep director : directors) {
            directory.to(director, card).ifPresent(r -> out.add(Outgoing.keyed("lead-dwell:" + month + ":" + director.id(), r)));
        }
        return out;
    }

    public List<Outgoing> credibilityLists(YearMonth month, long now) {
        YearMonth previous = month.minusMonths(1);
        long from = calendar.startOf(previous.atDay(1));
        long to = calendar.startOf(month.atDay(1));
        List<Lead> lastMonth = leads.all().stream().filter(l -> l.firstTouchAt() >= from && l.firstTouchAt() < to).toList();
        List<Customer> allCustomers = customers.all();
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            List<Rep> members = org.repsOfTeam(team.id());
            CredibilityList source = credibility.leadSourceAccuracy(members, lastMonth);
            CredibilityList grade = credibility.gradeTimeliness(members, allCustomers, now);
            if (source.red().isEmpty() && grade.red().isEmpty() && source.black().isEmpty() && grade.black().isEmpty()) {
                continue;
            }
            Card redCard = new Card(team.name() + " · " + previous.getMonthValue() + "月数据可信度红榜", Tone.SUCCESS,
                    List.of("数据记得准、更新得及时，整个团队的判断才靠得住。感谢这几位："),
                    ranked(List.of(source, grade), true), null, null, null, null);
            for (Rep member : members) {
                if (member.active()) {
                    directory.to(member, redCard)
                            .ifPresent(r -> out.add(Outgoing.keyed("red-list:" + month + ":" + member.id(), r)));
                }
            }
            Card blackCard = new Card(team.name() + " · " + previous.getMonthValue() + "月数据可信度黑榜（仅主管可见）",
                    Tone.WARNING, List.of("仅供主管一对一沟通使用，请勿转发。先了解原因：是不会填、没时间，还是流程不顺？"),
                    ranked(List.of(source, grade), false), null, null, null, null);
            for (Rep manager : DataScope.managersOf(team.id(), members)) {
                directory.to(manager, blackCard)
                        .ifPresent(r -> out.add(Outgoing.keyed("black-list:" + month + ":" + manager.id(), r)));
            }
        }
        return out;
    }

    private static List<CardField> ranked(List<CredibilityList> lists, boolean red) {
        List<CardField> fields = new ArrayList<>();
        for (CredibilityList list : lists) {
            List<RankedRep> entries = red ? list.red() : list.black();
            String value = entries.isEmpty() ? "暂无（样本不足）" : entries.stream()
                    .map(e -> e.rank() + ". " + e.repName() + " " + Formats.percent(e.rate().value().doubleValue())
                            + "（" + e.rate().hits() + "/" + e.rate().samples() + "）")
                    .collect(Collectors.joining("；"));
            fields.add(new CardField(list.metric().label(), value, false));
        }
        return fields;
    }

    private static String ratio(RepTargetHealth h) {
        return h.reserveGapRatio() == null ? "无缺口" : Formats.times(h.reserveGapRatio());
    }
}

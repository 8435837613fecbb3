package com.salesbot.core.feature.bonus;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.bonus.BonusBook;
import com.salesbot.core.bonus.CoefficientCalculator;
import com.salesbot.core.bonus.CsSession;
import com.salesbot.core.bonus.IncentiveCards;
import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.LtvBoard;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R21 in chat: 我的奖金 (a rep's statement; a manager's team, a director's company overview), 协同 2小时 客户名 (logs
 * a joint customer-success session), LTV榜 (data-scoped board) and 导师 新人 导师 (a manager sets a mentor pair).
 */
public final class BonusFeature implements ChatFeature {
    public static final Command STATEMENT = new Command("bonus-statement", List.of("我的奖金", "奖金", "奖金明细",
            "/bonus"), false, "【我的奖金】每单奖金的三期发放状态与本月系数", Set.of(Role.values()));
    public static final Command COLLAB = new Command("cs-session", List.of("协同", "客户成功协同", "/cs"), true,
            "【协同】记录与客户成功经理的联合会议，如“协同 2小时 华东精密”", Set.of(Role.REP, Role.MANAGER));
    public static final Command LTV = new Command("ltv-board", List.of("LTV榜", "LTV排行榜", "LTV", "/ltv"),
            false, "【LTV榜】个人LTV与所服务客户群LTV均值", Set.of(Role.values()));
    public static final Command MENTOR = new Command("mentor", List.of("导师", "设置导师", "/mentor"), true,
            "【导师】如“导师 新人姓名 导师姓名”", Set.of(Role.MANAGER, Role.DIRECTOR));
    private static final Pattern DURATION = Pattern.compile("^(\\d+(?:\\.\\d)?)\\s*(小时|h|个小时|分钟|min)\\s*(.*)$");

    private final BonusBook book;
    private final LtvBoard ltv;
    private final IncentiveStore incentives;
    private final OrgStore org;
    private final CustomerStore customers;
    private final AuditLog audit;
    private final Clock clock;

    public BonusFeature(BonusBook book, LtvBoard ltv, IncentiveStore incentives, OrgStore org,
                        CustomerStore customers, AuditLog audit, Clock clock) {
        this.book = book;
        this.ltv = ltv;
        this.incentives = incentives;
        this.org = org;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(STATEMENT, (r, a) -> statement(r)).command(COLLAB, this::collaboration)
                .command(LTV, (r, a) -> r.reply(IncentiveCards.ltv("LTV榜", ltv.board(r.sender(), r.now()))))
                .command(MENTOR, this::mentor);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    List<Outgoing> statement(ChatRequest request) {
        Rep me = request.sender();
        YearMonth month = YearMonth.from(today());
        Map<String, String> names = customers.all().stream()
                .collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
        if (DataScope.of(me).kind() == com.salesbot.core.scope.ScopeKind.SELF) {
            return request.reply(IncentiveCards.statement(me.name(), book.statement(me.id(), month, today()), names));
        }
        DataScope scope = DataScope.of(me);
        List<Rep> reps = org.reps().stream().filter(r -> SalesMembers.counts(r) && scope.canSee(r))
                .toList();
        Map<String, BonusBook.Statement> all = book.statements(reps.stream().map(Rep::id).toList(), month, today());
        List<CardField> fields = new ArrayList<>();
        for (Rep rep : reps) {
            BonusBook.Statement s = all.get(rep.id());
            long pending = s.deals().stream().mapToLong(b -> b.pendingFen()).sum();
            fields.add(new CardField(rep.name(), "本月发放 " + Formats.money(s.releasedThisMonthFen()) + " · 待发放 "
                    + Formats.money(pending) + " · 系数 " + s.coefficient().value().toPlainString()
                    + (s.coefficient().capped() ? "（封顶）" : ""), s.coefficient().capped()));
        }
        return request.reply(new Card((DataScope.seesAll(me) ? "全公司" : "团队") + " · " + month.getMonthValue()
                + "月奖金", Tone.NORMAL, List.of("系数封顶表示本月客户成功协同不足"
                + book.settings().csMinPoints() + "分。"), fields, null, null, null, null));
    }

    List<Outgoing> collaboration(ChatRequest request, String arguments) {
        Matcher m = DURATION.matcher(arguments == null ? "" : arguments.strip());
        if (!m.matches()) {
            return request.say("请写明时长，如“协同 2小时 华东精密”或“协同 90分钟”。");
        }
        double amount = Double.parseDouble(m.group(1));
        int minutes = (int) Math.round(m.group(2).contains("分") || m.group(2).equals("min") ? amount : amount * 60);
        if (minutes <= 0 || minutes > 12 * 60) {
            return request.say("一次协同的时长应在 1 分钟到 12 小时之间。");
        }
        String named = m.group(3).strip();
        Customer customer = null;
        if (!named.isEmpty()) {
            Optional<Customer> found = customers.ofOwner(request.repId()).stream()
                    .filter(c -> TextNormalizer.normalize(c.name()).equals(TextNormalizer.normalize(named)))
                    .findFirst();
            if (found.isEmpty()) {
                return request.say("没找到你名下叫“" + named + "”的客户。");
            }
            customer = found.get();
        }
        LocalDate today = today();
        CsSession session = new CsSession("chat-" + UUID.randomUUID().toString().substring(0, 18), request.repId(),
                customer == null ? null : customer.id(), today, minutes, "聊天登记");
        incentives.saveSession(session);
        audit.record(new AuditEntry(request.repId(), "cs-session.create", "cs-session", session.id(), null,
                "minutes=" + minutes + ",customer=" + session.customerId(), request.message().channel(),
                request.now()));
        long total = incentives.sessions(today.withDayOfMonth(1), today.plusDays(1)).stream()
                .filter(s -> s.repId().equals(request.repId())).mapToLong(CsSession::minutes).sum();
        int points = new CoefficientCalculator(book.settings()).csPoints(total);
        int min = book.settings().csMinPoints();
        return request.say("已记录客户成功协同 " + hours(minutes) + "小时" + (customer == null ? "" : "（" + customer.name()
                + "）") + "。本月累计 " + hours(total) + " 小时，计 " + points + " 分"
                + (points < min ? "，还差 " + (min - points) + " 分系数才不封顶。" : "，系数不封顶。"));
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format("%.1f", minutes / 60.0);
    }

    List<Outgoing> mentor(ChatRequest request, String arguments) {
        String[] names = arguments == null ? new String[0] : arguments.strip().split("\\s+");
        if (names.length != 2) {
            return request.say("请写“导师 新人姓名 导师姓名”，如“导师 周俊杰 陈洋”。");
        }
        DataScope scope = DataScope.of(request.sender());
        Optional<Rep> mentee = byName(names[0], scope);
        Optional<Rep> mentor = byName(names[1], scope);
        if (mentee.isEmpty() || mentor.isEmpty()) {
            return request.say("没在你的团队里找到“" + (mentee.isEmpty() ? names[0] : names[1]) + "”。");
        }
        if (mentee.get().id().equals(mentor.get().id())) {
            return request.say("导师不能是本人。");
        }
        Mentorship pair = new Mentorship(mentee.get().id(), mentor.get().id(), today(), request.repId(),
                request.now());
        incentives.saveMentorship(pair);
        audit.record(new AuditEntry(request.repId(), "mentorship.set", "rep", pair.menteeId(), null,
                "mentor=" + pair.mentorId() + ",since=" + pair.since(), request.message().channel(), request.now()));
        return request.say("已设置：" + mentor.get().name() + " 是 " + mentee.get().name() + " 的导师。新人首单导师得该单奖金"
                + Formats.percent(book.settings().mentorFirstShare().doubleValue()) + "，其后"
                + book.settings().mentorNextDeals() + "单各"
                + Formats.percent(book.settings().mentorNextShare().doubleValue()) + "。");
    }

    private Optional<Rep> byName(String name, DataScope scope) {
        return org.reps().stream().filter(r -> r.active() && r.name().equals(name) && scope.canSee(r)).findFirst();
    }
}

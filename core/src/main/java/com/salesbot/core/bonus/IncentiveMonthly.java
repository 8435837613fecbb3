package com.salesbot.core.bonus;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monthly R11/R21 run, from the first business day of a month on (a late tick catches up): settle the previous
 * month into the bonus ledger, push each rep with bonus activity their statement, each director the company-wide
 * healthy-deal rate by team, each manager their team's LTV board. Every push has a dedupe key and the ledger a
 * unique key, so a repeated tick or a second instance sends and pays nothing twice.
 */
public final class IncentiveMonthly {
    private final BonusBook book;
    private final DealDesk desk;
    private final LtvBoard ltv;
    private final OrgStore org;
    private final CustomerStore customers;
    private final BusinessCalendar calendar;
    private final RecipientDirectory directory;
    private final PushOutbox outbox;
    private final PushLedger done;

    public IncentiveMonthly(BonusBook book, DealDesk desk, LtvBoard ltv, OrgStore org, CustomerStore customers,
                            BusinessCalendar calendar, RecipientDirectory directory, PushOutbox outbox,
                            PushLedger done) {
        this.book = book;
        this.desk = desk;
        this.ltv = ltv;
        this.org = org;
        this.customers = customers;
        this.calendar = calendar;
        this.directory = directory;
        this.outbox = outbox;
        this.done = done;
    }

    public LocalDate firstBusinessDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** @return pushes handed to the outbox by this tick (0 when not due or already done) */
    public int tick(long now) {
        LocalDate today = calendar.dayOf(now);
        YearMonth month = YearMonth.from(today);
        if (today.isBefore(firstBusinessDay(month))) {
            return 0;
        }
        String key = "incentives:" + month;
        if (done.done(key)) {
            return 0;
        }
        YearMonth closed = month.minusMonths(1);
        book.settle(closed, now);
        List<Outgoing> pushes = pushes(closed, today, now);
        outbox.enqueue(pushes, now);
        done.markDone(key);
        return pushes.size();
    }

    public List<Outgoing> pushes(YearMonth closed, LocalDate today, long now) {
        List<Outgoing> out = new ArrayList<>();
        List<Rep> people = org.reps().stream().filter(Rep::active).toList();
        Map<String, String> names = customers.all().stream()
                .collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
        List<String> reps = people.stream().filter(SalesMembers::counts).map(Rep::id).toList();
        Map<String, BonusBook.Statement> statements = book.statements(reps, closed, today);
        for (Rep rep : people) {
            BonusBook.Statement s = statements.get(rep.id());
            if (s != null && (!s.deals().isEmpty() || !s.mentorLines().isEmpty())) {
                directory.to(rep, IncentiveCards.statement(rep.name(), s, names))
                        .ifPresent(r -> out.add(Outgoing.keyed("bonus-statement:" + closed + ":" + rep.id(), r)));
            }
        }
        List<Rep> directors = people.stream().filter(DataScope::seesAll).toList();
        if (!directors.isEmpty()) {
            Card card = healthyRateCard(closed);
            for (Rep d : directors) {
                directory.to(d, card).ifPresent(r -> out.add(Outgoing.keyed("healthy-rate:" + closed + ":" + d.id(), r)));
            }
        }
        for (Team team : org.teams()) {
            List<LtvBoard.Row> rows = ltv.team(team.id(), now);
            if (rows.isEmpty()) {
                continue;
            }
            Card card = IncentiveCards.ltv(team.name() + " · " + closed.getMonthValue() + "月LTV榜", rows);
            for (Rep m : DataScope.managersOf(team.id(), org.repsOfTeam(team.id()))) {
                directory.to(m, card).ifPresent(r -> out.add(Outgoing.keyed("ltv-board:" + closed + ":" + m.id(), r)));
            }
        }
        return out;
    }

    /** The director's monthly card: company-wide healthy-deal rate, then each team's. */
    public Card healthyRateCard(YearMonth month) {
        DealDesk.HealthyRate all = desk.healthyRate(month, null);
        List<CardField> fields = new ArrayList<>();
        fields.add(new CardField("全公司", rate(all), all.deals() > 0 && all.rate() < 0.5));
        for (Team team : org.teams()) {
            DealDesk.HealthyRate t = desk.healthyRate(month, team.id());
            if (t.deals() > 0) {
                fields.add(new CardField(team.name(), rate(t), false));
            }
        }
        List<String> lines = List.of("健康成交 = 决策链覆盖、定制化条款、首付款比例、实施排期到周、客户成功经理签约前介入，五项硬指标全部达标。");
        return new Card(month.getMonthValue() + "月健康成交率", Tone.NORMAL, lines, fields, null, null, null, null);
    }

    private static String rate(DealDesk.HealthyRate r) {
        return r.deals() == 0 ? "本月无签单" : Formats.percent(r.rate()) + "（" + r.healthy() + "/" + r.deals() + "单"
                + (r.inReview() > 0 ? "，" + r.inReview() + "单待复核" : "") + "）";
    }
}

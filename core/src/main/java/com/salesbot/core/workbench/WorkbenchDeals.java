package com.salesbot.core.workbench;

import com.salesbot.core.bonus.BonusBook;
import com.salesbot.core.bonus.DealBonus;
import com.salesbot.core.bonus.LtvBoard;
import com.salesbot.core.bonus.PartLine;
import com.salesbot.core.bonus.PartState;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * 成交与奖金: the healthy-deal review queue of {@link DealDesk} (a manager's team, everything for a director, nothing
 * for a rep), one person's R21 bonus statement from {@link BonusBook} and the LTV board of {@link LtvBoard}. The
 * approve / return decision is {@link DealDesk#decide}, the same call as the chat's review card, audited with the
 * channel it came from.
 */
public final class WorkbenchDeals {
    private final DealDesk desk;
    private final BonusBook book;
    private final LtvBoard ltv;
    private final OrgStore org;
    private final BusinessCalendar calendar;

    public WorkbenchDeals(DealDesk desk, BonusBook book, LtvBoard ltv, OrgStore org, BusinessCalendar calendar) {
        this.desk = desk;
        this.book = book;
        this.ltv = ltv;
        this.org = org;
        this.calendar = calendar;
    }

    public DealsPage page(Rep requester, String repId, long now) {
        String id = repId == null || repId.isBlank() ? requester.id() : repId;
        Rep subject = org.findRep(id).orElseThrow(() -> new NoSuchElementException("没有这个人"));
        if (!DataScope.canView(requester, subject)) {
            throw new WorkbenchDenied("只能查看自己或本团队的奖金");
        }
        List<ReviewRow> queue = desk.queue(requester).stream().map(p -> new ReviewRow(p.deal().id(),
                p.rep() == null ? p.deal().repId() : p.rep().name(), desk.customerName(p.deal().customerId()),
                p.deal().amountFen(), p.deal().signedOn().toString(), p.review().reasons())).toList();
        LocalDate today = calendar.dayOf(now);
        YearMonth month = YearMonth.from(today);
        BonusBook.Statement s = book.statement(subject.id(), month, today);
        List<BonusRow> deals = s.deals().stream().map(b -> bonusRow(b, month)).toList();
        List<LtvRow> board = ltv.board(requester, now).stream().map(r -> new LtvRow(r.rank(), r.rep().name(),
                r.ltvFen(), r.customers(), r.meanFen(), r.highlight())).toList();
        return new DealsPage(subject.id(), subject.name(), month.toString(), queue,
                s.coefficient().value().doubleValue(), s.coefficient().reasons(), s.releasedThisMonthFen(), deals,
                board);
    }

    /** 通过 / 退回补充 with an optional note (at most 100 characters), as the chat's review card does. */
    public DealDesk.Outcome decide(Rep reviewer, String dealId, boolean approve, String note, String channel) {
        return desk.decide(reviewer, dealId, approve, note, channel);
    }

    private BonusRow bonusRow(DealBonus b, YearMonth month) {
        long released = b.parts().stream().filter(l -> l.state() == PartState.RELEASED).mapToLong(PartLine::amountFen)
                .sum();
        long forfeited = b.parts().stream().filter(l -> l.state() == PartState.FORFEITED)
                .mapToLong(PartLine::amountFen).sum();
        return new BonusRow(b.deal().id(), desk.customerName(b.deal().customerId()), b.deal().amountFen(),
                b.baseFen(), b.coefficient().doubleValue(), b.totalFen(), released, forfeited);
    }

    public record ReviewRow(String dealId, String repName, String customerName, long amountFen, String signedOn,
                            String reasons) {
    }

    public record BonusRow(String dealId, String customerName, long amountFen, long baseFen, double coefficient,
                           long totalFen, long releasedFen, long forfeitedFen) {
    }

    public record LtvRow(int rank, String repName, long ltvFen, int customers, long meanFen, boolean highlight) {
    }

    public record DealsPage(String repId, String repName, String month, List<ReviewRow> queue, double coefficient,
                            List<String> coefficientReasons, long releasedThisMonthFen, List<BonusRow> deals,
                            List<LtvRow> ltv) {
    }
}

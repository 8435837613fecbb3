package com.salesbot.core.bonus;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The cards of R21: a rep's bonus statement and the LTV board. */
public final class IncentiveCards {
    private IncentiveCards() {
    }

    /** 我的奖金: per deal its base, the three parts with their state, the month's coefficient and why, mentor shares. */
    public static Card statement(String name, BonusBook.Statement s, Map<String, String> customerNames) {
        List<String> lines = new ArrayList<>();
        Coefficient c = s.coefficient();
        lines.add("本月客户健康度系数 " + c.value().toPlainString() + (c.capped() ? "（协同分不足，封顶）" : ""));
        c.reasons().forEach(r -> lines.add("· " + r));
        List<CardField> fields = new ArrayList<>();
        fields.add(new CardField("本月发放", Formats.money(s.releasedThisMonthFen()), true));
        for (DealBonus b : s.deals()) {
            String customer = customerNames.getOrDefault(b.deal().customerId(), b.deal().customerId());
            fields.add(new CardField(customer + "（" + b.deal().signedOn() + "）",
                    "基础 " + Formats.money(b.baseFen()) + " × " + b.coefficient().toPlainString()
                            + (b.coefficientFinal() ? "" : "（暂估）") + " = " + Formats.money(b.totalFen()), false));
            for (PartLine p : b.parts()) {
                fields.add(new CardField("  " + p.part().label(), Formats.money(p.amountFen()) + " · "
                        + p.state().label() + (p.state() == PartState.FORFEITED ? "：" + p.reason() : ""),
                        p.state() == PartState.FORFEITED));
            }
        }
        for (PartLine m : s.mentorLines()) {
            if (m.amountFen() > 0) {
                fields.add(new CardField("传承贡献奖 " + m.dealId() + " " + m.part().label(),
                        Formats.money(m.amountFen()) + " · " + m.state().label(), false));
            }
        }
        if (s.deals().isEmpty() && s.mentorLines().isEmpty()) {
            lines.add("暂无签单奖金记录。");
        }
        return new Card(name + " · " + s.month().getMonthValue() + "月奖金", Tone.NORMAL, lines, fields, null, null,
                null, null);
    }

    public static Card ltv(String title, List<LtvBoard.Row> rows) {
        List<CardField> fields = new ArrayList<>();
        for (LtvBoard.Row r : rows) {
            fields.add(new CardField(r.rank() + ". " + r.rep().name() + (r.highlight() ? "（我）" : ""),
                    "个人LTV " + Formats.money(r.ltvFen()) + " · 客户群均值 " + Formats.money(r.meanFen()) + "（"
                            + r.customers() + "家）", r.highlight()));
        }
        List<String> lines = List.of(rows.isEmpty() ? "暂无数据。"
                : "LTV = 已回款 + 已签续约未回款部分；均值看的是所服务客户的质量。");
        return new Card(title, Tone.NORMAL, lines, fields, null, null, null, null);
    }
}

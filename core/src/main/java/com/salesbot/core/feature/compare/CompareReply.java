package com.salesbot.core.feature.compare;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.port.Comparison;
import com.salesbot.core.chat.port.ComparisonSource;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** 对比 (R18): the rep's own comparisons, each against a named reference, behind ones highlighted. */
public final class CompareReply implements CommandHandler {
    private final ComparisonSource source;
    private final ZoneId zone;

    public CompareReply(ComparisonSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public List<Reply> handle(ChatRequest request, String arguments) {
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(request.now()).atZone(zone));
        List<Comparison> comparisons = source.compare(request.sender(), month);
        if (comparisons.isEmpty()) {
            return request.say("本月的对比数据还不够，过几天再来看看。");
        }
        List<CardField> fields = comparisons.stream()
                .map(c -> new CardField(c.metric() + "（对比" + c.referenceLabel() + "）",
                        "我 " + format(c.mine(), c.unit()) + " / " + format(c.reference(), c.unit())
                                + (c.behind() ? " ↓" : " ↑"), c.behind()))
                .toList();
        long behind = comparisons.stream().filter(Comparison::behind).count();
        String summary = behind == 0 ? "每一项都不落后，继续保持！" : "有 " + behind + " 项落后，标出来的就是可以先补的。";
        return request.reply(new Card("我的对比 · " + month.getMonthValue() + "月", behind > 0 ? Tone.WARNING : Tone.SUCCESS,
                List.of(summary), fields, null, null, null, null));
    }

    private static String format(double value, Comparison.Unit unit) {
        return switch (unit) {
            case PERCENT -> Formats.percent(value);
            case FEN -> Formats.money(Math.round(value));
            case NUMBER -> Formats.number(Math.round(value * 10) / 10.0);
        };
    }
}

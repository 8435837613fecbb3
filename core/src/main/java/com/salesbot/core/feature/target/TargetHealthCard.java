package com.salesbot.core.feature.target;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.TargetHealth;
import com.salesbot.core.config.Thresholds;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Writes R9/R10 figures as a card; the figures themselves come from the target rules. */
final class TargetHealthCard {
    private TargetHealthCard() {
    }

    static Card of(String name, YearMonth month, TargetHealth h, Thresholds t, byte[] chart) {
        List<CardField> fields = List.of(
                new CardField("本月目标", Formats.money(h.targetFen()), false),
                new CardField("已完成", Formats.money(h.achievedFen()) + "（" + Formats.percent(h.completion()) + "）",
                        false),
                new CardField("有效商机储备", Formats.money(h.reserveFen()), false),
                new CardField("缺口", Formats.money(h.gapFen()), false),
                new CardField("储备/缺口", ratio(h), h.red()));
        List<String> lines = new ArrayList<>();
        if (h.red()) {
            lines.add("⚠ 红色预警：储备不到缺口的" + Formats.number(t.reserveGapRedRatio()) + "倍，还需补充约"
                    + Formats.money(h.shortfallFen()) + "的有效商机（需求、预算、决策人都已确认）。");
        } else if (h.gapFen() <= 0) {
            lines.add("本月目标已完成，漂亮！");
        } else {
            lines.add("储备充足，保持节奏。");
        }
        lines.add(award(h.award(), t));
        Tone tone = h.red() ? Tone.DANGER : h.award() == AwardStatus.ELIGIBLE ? Tone.SUCCESS : Tone.NORMAL;
        CardImage image = chart == null ? null : new CardImage("target-health.png", chart, name + "的目标进度");
        return new Card(name + " · " + month.getMonthValue() + "月目标健康度", tone, lines, fields, image, null, null,
                null);
    }

    static String ratio(TargetHealth h) {
        return h.reserveGapRatio() == null ? "无缺口" : Formats.times(h.reserveGapRatio());
    }

    private static String award(AwardStatus status, Thresholds t) {
        return switch (status) {
            case ELIGIBLE -> "过程健康奖：已达标，可参与目标奖金池额外" + Formats.percent(t.awardPoolShare()) + "的分配。";
            case ON_TRACK -> "过程健康奖：本月储备/缺口超过" + Formats.number(t.awardRatio()) + "倍，连续"
                    + t.awardMonths() + "个月即可达标。";
            case NOT_ELIGIBLE -> "过程健康奖：需储备/缺口连续" + t.awardMonths() + "个月超过" + Formats.number(t.awardRatio())
                    + "倍，且没有月份低于" + Formats.number(t.awardFloorRatio()) + "倍。";
        };
    }
}

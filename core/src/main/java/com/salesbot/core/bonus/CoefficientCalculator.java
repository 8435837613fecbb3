package com.salesbot.core.bonus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R21 customer-health coefficient (formula in docs/incentives.md):
 * <pre>
 *   response score r = clamp(1 - avgMinutes / target, -1, 1)      (0 when no ticket)
 *   adoption score a = clamp((rate - baseline) / baseline, -1, 1) when rate < baseline,
 *                      (rate - baseline) / (1 - baseline) otherwise (0 when nothing was suggested)
 *   NPS score      n = clamp((npsThisMonth - npsLastMonth) / swing, -1, 1)  (0 without both months)
 *   coefficient    = clamp(1 + wr*r + wa*a + wn*n, min, max), rounded half-up to two decimals
 *   CS points      = min(max, floor(csMinutes / minutesPerPoint)); below minPoints the coefficient is at most cap
 * </pre>
 */
public final class CoefficientCalculator {
    private final IncentiveSettings settings;

    public CoefficientCalculator(IncentiveSettings settings) {
        this.settings = settings;
    }

    public Coefficient compute(CoefficientInputs in) {
        List<String> reasons = new ArrayList<>();
        double r = 0;
        int tickets = in.answeredTickets() + in.unansweredTickets();
        if (tickets > 0) {
            double minutes = (in.responseMinutesSum() + 2.0 * settings.responseTargetMinutes()
                    * in.unansweredTickets()) / tickets;
            r = clamp(1 - minutes / settings.responseTargetMinutes());
            reasons.add("服务响应：" + tickets + "张工单平均" + Math.round(minutes) + "分钟首次响应（目标"
                    + settings.responseTargetMinutes() + "分钟）" + (in.unansweredTickets() > 0
                    ? "，其中" + in.unansweredTickets() + "张未响应" : ""));
        } else {
            reasons.add("服务响应：本月无工单，按持平计");
        }
        double a = 0;
        if (in.kbSuggested() > 0) {
            double rate = (double) in.kbAdopted() / in.kbSuggested();
            double base = settings.kbAdoptionBaseline().doubleValue();
            a = rate < base ? clamp((rate - base) / base) : clamp((rate - base) / (1 - base));
            reasons.add("知识库采纳：" + in.kbAdopted() + "/" + in.kbSuggested() + "（" + Math.round(rate * 100)
                    + "%，基准" + Math.round(base * 100) + "%）");
        } else {
            reasons.add("知识库采纳：本月无推荐，按持平计");
        }
        double n = 0;
        if (in.npsThisMonth().isPresent() && in.npsLastMonth().isPresent()) {
            double delta = in.npsThisMonth().getAsDouble() - in.npsLastMonth().getAsDouble();
            n = clamp(delta / settings.npsSwing());
            reasons.add("NPS波动：" + (delta >= 0 ? "+" : "") + Math.round(delta) + "（上月"
                    + Math.round(in.npsLastMonth().getAsDouble()) + " → 本月"
                    + Math.round(in.npsThisMonth().getAsDouble()) + "）");
        } else {
            reasons.add("NPS波动：缺少连续两个月的调研，按持平计");
        }
        BigDecimal raw = BigDecimal.ONE.add(settings.responseWeight().multiply(BigDecimal.valueOf(r)))
                .add(settings.kbWeight().multiply(BigDecimal.valueOf(a)))
                .add(settings.npsWeight().multiply(BigDecimal.valueOf(n)));
        BigDecimal formula = raw.max(settings.coefficientMin()).min(settings.coefficientMax())
                .setScale(2, RoundingMode.HALF_UP);
        if (raw.compareTo(settings.coefficientMax()) > 0) {
            reasons.add("系数封顶" + settings.coefficientMax().toPlainString());
        } else if (raw.compareTo(settings.coefficientMin()) < 0) {
            reasons.add("系数保底" + settings.coefficientMin().toPlainString());
        }
        int points = csPoints(in.csMinutes());
        BigDecimal value = formula;
        boolean capped = false;
        if (points < settings.csMinPoints() && formula.compareTo(settings.csCap()) > 0) {
            value = settings.csCap().setScale(2, RoundingMode.HALF_UP);
            capped = true;
        }
        reasons.add("客户成功协同：" + hours(in.csMinutes()) + "小时，计" + points + "分" + (points < settings.csMinPoints()
                ? "，低于" + settings.csMinPoints() + "分，系数上限" + settings.csCap().toPlainString()
                : ""));
        return new Coefficient(value, formula, points, capped, reasons);
    }

    public int csPoints(long minutes) {
        return (int) Math.min(settings.csMaxPoints(), minutes / settings.csMinutesPerPoint());
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}

package com.salesbot.core.chat.port;

import com.salesbot.core.model.Require;

/**
 * One R18 comparison line, e.g. 我的转化率 18% vs 团队TOP3 25%.
 *
 * @param metric         what is compared, e.g. 线索转化率
 * @param mine           the rep's own figure
 * @param reference      the figure compared against (never a bare global average)
 * @param referenceLabel what the reference is, e.g. 团队TOP3 or 行业基准（制造业）
 * @param unit           how both figures are shown
 * @param higherIsBetter false for figures such as days to close
 */
public record Comparison(String metric, double mine, double reference, String referenceLabel, Unit unit,
                         boolean higherIsBetter) {
    public Comparison {
        Require.text(metric, "metric");
        Require.text(referenceLabel, "reference label");
        Require.present(unit, "unit");
    }

    /** True when the rep's figure is behind the reference. */
    public boolean behind() {
        return higherIsBetter ? mine < reference : mine > reference;
    }

    /** How a figure is written. */
    public enum Unit {
        /** A share, 0.18 = 18%. */
        PERCENT,
        /** Money in fen. */
        FEN,
        /** A count or a number of days. */
        NUMBER
    }
}

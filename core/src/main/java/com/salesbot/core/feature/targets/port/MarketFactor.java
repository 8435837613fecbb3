package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Require;

/** The market source of the calibration: an industry's growth factor for a quarter and where it comes from. */
public record MarketFactor(String industry, Quarter quarter, double factor, String note) {
    public MarketFactor {
        Require.text(industry, "industry");
        Require.present(quarter, "quarter");
        if (!(factor > 0) || factor > 10) {
            throw new IllegalArgumentException("market factor must be above 0 and at most 10, got " + factor);
        }
    }
}

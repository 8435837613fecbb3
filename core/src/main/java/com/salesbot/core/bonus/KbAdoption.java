package com.salesbot.core.bonus;

import com.salesbot.core.model.Require;
import java.time.YearMonth;

/** Knowledge-base articles suggested to a rep's customers in a month, and how many they adopted. */
public record KbAdoption(String repId, YearMonth month, int suggested, int adopted) {
    public KbAdoption {
        Require.text(repId, "rep id");
        Require.present(month, "month");
        if (suggested < 0 || adopted < 0 || adopted > suggested) {
            throw new IllegalArgumentException("采纳数应在 0 到推荐数之间");
        }
    }
}

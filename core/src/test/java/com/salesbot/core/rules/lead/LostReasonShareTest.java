package com.salesbot.core.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesbot.core.model.Lead;
import java.util.List;
import org.junit.jupiter.api.Test;

class LostReasonShareTest {
    private static Lead lost(String reason, long at) {
        return new Lead(0, "c", "r1", "展会", 1, "痛点", "quote", 1, null).lostFor(reason, at);
    }

    @Test
    void sharesOfTheLeadsLostInThePeriodMostFrequentFirst() {
        List<Lead> leads = List.of(lost("price", 100), lost("price", 150), lost("competitor", 199),
                lost("unreachable", 120), lost("price", 99), lost("competitor", 200), // outside [100, 200)
                new Lead(0, "c", "r1", "展会", 150, "痛点", "quote", 150, null)); // open: not lost

        List<LostReasonShare.Row> rows = LostReasonShare.compute(leads, 100, 200);

        assertThat(rows).extracting(LostReasonShare.Row::reason).containsExactly("price", "competitor", "unreachable");
        assertThat(rows.get(0).leads()).isEqualTo(2);
        assertThat(rows.get(0).share()).isCloseTo(0.5, within(1e-9));
        assertThat(rows.get(1).share()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void noLostLeadGivesNoRow() {
        assertThat(LostReasonShare.compute(List.of(lost("price", 99)), 100, 200)).isEmpty();
    }
}

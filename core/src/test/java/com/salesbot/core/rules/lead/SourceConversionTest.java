package com.salesbot.core.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceConversionTest {
    private static Lead lead(String customer, String source, long at) {
        return new Lead(0, customer, "r1", source, at, "痛点", "contact", at, null);
    }

    private static Opportunity opp(String customer, OpportunityStatus status) {
        return new Opportunity("o-" + customer, customer, "r1", 100_00, "quote", true, true, true, null, status, false,
                0, 0);
    }

    @Test
    void eachSourcesShareAndConversionOfTheLeadsCreatedInThePeriod() {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            leads.add(lead("ref" + i, "转介绍", 100 + i));
        }
        leads.add(lead("fair1", "展会", 100));
        leads.add(lead("fair2", "展会", 100));
        leads.add(lead("old", "展会", 99)); // before the period
        leads.add(lead("late", "展会", 200)); // at the exclusive end
        List<Opportunity> opps = List.of(opp("ref0", OpportunityStatus.WON), opp("fair1", OpportunityStatus.OPEN),
                opp("fair2", OpportunityStatus.WON), opp("old", OpportunityStatus.WON));

        List<SourceConversion.Row> rows = SourceConversion.compute(leads, opps, 100, 200);

        assertThat(rows).extracting(SourceConversion.Row::source).containsExactly("转介绍", "展会");
        SourceConversion.Row referral = rows.get(0);
        assertThat(referral.leads()).isEqualTo(8);
        assertThat(referral.share()).isCloseTo(0.8, within(1e-9));
        assertThat(referral.toOpportunity()).isEqualTo(1);
        assertThat(referral.wonRate()).isCloseTo(0.125, within(1e-9));
        SourceConversion.Row fair = rows.get(1);
        assertThat(fair.leads()).isEqualTo(2);
        assertThat(fair.opportunityRate()).isCloseTo(1.0, within(1e-9));
        assertThat(fair.toWon()).isEqualTo(1);
    }

    @Test
    void noNewLeadsNoRows() {
        assertThat(SourceConversion.compute(List.of(lead("c", "展会", 5)), List.of(), 100, 200)).isEmpty();
    }
}

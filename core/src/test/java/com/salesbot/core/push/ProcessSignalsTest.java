package com.salesbot.core.push;

import com.salesbot.core.messaging.Outgoing;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessSignalsTest {
    private final PushHarness h = new PushHarness(Thresholds.defaults());
    private final ProcessSignals signals = new ProcessSignals(h.org, h.leads, h.touches, h.opportunities, h.calendar,
            Set.of("won_pending"), h.directory, BusinessConfig.defaultLostReasons());
    private long ids;

    private void setUp() {
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.director("D1"));
        h.org.saveRep(RepBuilder.rep("R1").build());
    }

    /** A lead created on {@code created} and followed up every {@code every} days, {@code n} times. */
    private void followed(String customer, String source, LocalDate created, int every, int n) {
        h.leads.insert(new Lead(0, customer, "R1", source, Shanghai.noon(created), "痛点", "contact",
                Shanghai.noon(created), null));
        for (int i = 1; i <= n; i++) {
            long at = Shanghai.noon(created.plusDays((long) every * i));
            h.touches.insert(new Touch(0, "R1", customer, TouchKind.CALL, at, 60, null, null, 0, "api", "f" + ids++));
        }
    }

    @Test
    void theDirectorsMonthlyCardShowsTheCycleChangeAndEachSourcesConversion() {
        setUp();
        followed("c1", "展会", LocalDate.of(2026, 10, 1), 5, 5);   // October: gaps of 5 days
        followed("c2", "转介绍", LocalDate.of(2026, 11, 1), 3, 9);  // November: gaps of 3 days
        followed("c3", "转介绍", LocalDate.of(2026, 11, 2), 3, 9);
        followed("c4", "转介绍", LocalDate.of(2026, 11, 3), 3, 9);
        h.opportunities.save(new Opportunity("o2", "c2", "R1", 100_000_00, "quote", true, true, true, null,
                OpportunityStatus.WON, false, 0, 0));

        List<Outgoing> pushes = signals.monthly(YearMonth.of(2026, 12));

        assertThat(pushes).extracting(Outgoing::dedupeKey).containsExactly("process-signals:2026-12:D1");
        Card card = (Card) pushes.get(0).message();
        assertThat(card.lines().get(0)).isEqualTo("11月线索跟进周期：平均 3.0 天跟进一次，较上月缩短 40%（目标：缩短约40%）。");
        assertThat(card.fields()).extracting(CardField::label).contains("跟进周期 · 华东一组", "来源 · 转介绍");
        assertThat(card.fields().stream().filter(f -> f.label().equals("来源 · 转介绍")).findFirst().orElseThrow()
                .value()).isEqualTo("3 条，占 100% · 转商机 33% · 赢单 33%");
        assertThat(card.fields()).extracting(CardField::label).noneMatch(l -> l.startsWith("输单原因"));
    }

    @Test
    void theMonthlyCardShowsTheShareOfLeadsLostInTheMonthByReason() {
        setUp();
        for (int i = 0; i < 4; i++) {
            followed("c" + i, "展会", LocalDate.of(2026, 11, 2), 3, 2);
        }
        List<Lead> all = h.leads.all();
        h.leads.update(all.get(0).lostFor("price", Shanghai.noon(LocalDate.of(2026, 11, 10))));
        h.leads.update(all.get(1).lostFor("price", Shanghai.noon(LocalDate.of(2026, 11, 20))));
        h.leads.update(all.get(2).lostFor("competitor", Shanghai.noon(LocalDate.of(2026, 11, 30))));
        h.leads.update(all.get(3).lostFor("competitor", Shanghai.noon(LocalDate.of(2026, 12, 1)))); // December

        Card card = (Card) signals.monthly(YearMonth.of(2026, 12)).get(0).message();

        CardField lost = card.fields().stream().filter(f -> f.label().startsWith("输单原因")).findFirst().orElseThrow();
        assertThat(lost.label()).isEqualTo("输单原因（共 3 条）");
        assertThat(lost.value()).isEqualTo("价格 67%、竞品 33%");
    }

    @Test
    void theMondayDigestLineComparesTheLastThirtyDaysWithTheThirtyBefore() {
        setUp();
        LocalDate monday = LocalDate.of(2026, 11, 30);
        followed("c1", "展会", monday.minusDays(59), 6, 4);  // gaps ending 53..35 days back: the earlier window
        followed("c2", "展会", monday.minusDays(28), 4, 6);  // gaps ending 24..4 days back: the last 30 days

        assertThat(signals.mondayLine(h.org.repsOfTeam("T1"), monday))
                .contains("线索跟进周期（近30天）：平均 4.0 天跟进一次，较前30天缩短 33%。");
        assertThat(signals.mondayLine(h.org.repsOfTeam("T1"), monday.plusDays(1))).isEmpty();
    }
}

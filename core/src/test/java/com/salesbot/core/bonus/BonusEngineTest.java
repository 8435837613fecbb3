package com.salesbot.core.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DecisionRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staged release 50/30/20, the coefficient, forfeits with reasons, and the mentor's 15% then 5% x 3. */
class BonusEngineTest {
    static final LocalDate SIGNED = LocalDate.of(2025, 1, 10);
    final BonusEngine engine = new BonusEngine(IncentiveSettings.defaults());

    static Coefficient coefficient(String value) {
        return new Coefficient(new BigDecimal(value), new BigDecimal(value), 6, false, List.of());
    }

    static Deal deal(String id, String rep, LocalDate signed, long amount, LocalDate paidOn, String renewalOf) {
        return new Deal(id, "cust-" + id, rep, null, amount, signed, null, "《定制》", true, signed.plusDays(7), true,
                Map.of(DecisionRole.SIGNER, "纪要"), paidOn == null ? 0 : amount * 3 / 10, paidOn, null, false,
                renewalOf, 0);
    }

    private List<DealBonus> run(List<Deal> deals, Map<String, List<LocalDate>> complaints,
                                Map<String, Mentorship> mentors, String coef, LocalDate asOf) {
        return engine.compute(deals, complaints, mentors, (rep, month) -> coefficient(coef), asOf);
    }

    private static PartLine part(DealBonus b, BonusPart p) {
        return b.parts().stream().filter(l -> l.part() == p).findFirst().orElseThrow();
    }

    @Test
    void theBaseIsEightPercentTimesTheCoefficientSplitFiftyThirtyTwenty() {
        Deal d = deal("A", "rep-1", SIGNED, 1_000_000_00L, SIGNED.plusDays(20), null);
        DealBonus b = run(List.of(d), Map.of(), Map.of(), "1.10", SIGNED.plusDays(30)).get(0);
        assertThat(b.baseFen()).isEqualTo(8_000_000L);
        assertThat(b.totalFen()).isEqualTo(8_800_000L);
        assertThat(b.parts()).extracting(PartLine::amountFen).containsExactly(4_400_000L, 2_640_000L, 1_760_000L);
        assertThat(b.parts()).extracting(PartLine::state).containsExactly(PartState.RELEASED,
                PartState.AWAITING_SIX_MONTHS, PartState.AWAITING_RENEWAL);
        assertThat(part(b, BonusPart.PAYMENT).settledOn()).isEqualTo(SIGNED.plusDays(20));
    }

    @Test
    void partsAddUpToTheFenWhenTheShareDoesNotDivide() {
        // base = 8% of 12,345 fen = 987.6 -> 988; x 1.03 = 1017.64 -> 1018; 509 / 305.4 / 203.6 -> 509/305/204
        Deal d = deal("B", "rep-1", SIGNED, 12_345, null, null);
        DealBonus b = run(List.of(d), Map.of(), Map.of(), "1.03", SIGNED).get(0);
        assertThat(b.baseFen()).isEqualTo(988);
        assertThat(b.totalFen()).isEqualTo(1018);
        assertThat(b.parts()).extracting(PartLine::amountFen).containsExactly(509L, 305L, 204L);
        assertThat(b.parts()).extracting(PartLine::state).first().isEqualTo(PartState.AWAITING_PAYMENT);
    }

    @Test
    void aMajorComplaintInsideSixMonthsForfeitsTheThirtyPercentOneOnTheLastDayOrAfterDoesNot() {
        Deal d = deal("C", "rep-1", SIGNED, 1_000_000, SIGNED.plusDays(5), null);
        LocalDate lastDayInside = SIGNED.plusMonths(6).minusDays(1);
        DealBonus forfeited = run(List.of(d), Map.of("cust-C", List.of(lastDayInside)), Map.of(), "1.00",
                SIGNED.plusMonths(7)).get(0);
        PartLine p = part(forfeited, BonusPart.NO_COMPLAINT);
        assertThat(p.state()).isEqualTo(PartState.FORFEITED);
        assertThat(p.reason()).isEqualTo("客户2025-07-09发生重大投诉，签约后6个月内");
        assertThat(forfeited.amount(PartState.FORFEITED)).isEqualTo(p.amountFen()).isEqualTo(24_000);

        DealBonus kept = run(List.of(d), Map.of("cust-C", List.of(SIGNED.plusMonths(6))), Map.of(), "1.00",
                SIGNED.plusMonths(7)).get(0);
        assertThat(part(kept, BonusPart.NO_COMPLAINT).state()).isEqualTo(PartState.RELEASED);
        assertThat(part(kept, BonusPart.NO_COMPLAINT).settledOn()).isEqualTo(SIGNED.plusMonths(6));
        DealBonus oneDayEarly = run(List.of(d), Map.of(), Map.of(), "1.00", SIGNED.plusMonths(6).minusDays(1)).get(0);
        assertThat(part(oneDayEarly, BonusPart.NO_COMPLAINT).state()).isEqualTo(PartState.AWAITING_SIX_MONTHS);
    }

    @Test
    void theRenewalPartIsReleasedAtTheAnniversaryWhenRenewedAndForfeitedAfterTheGraceWithout() {
        Deal d = deal("D", "rep-1", SIGNED, 1_000_000, SIGNED.plusDays(5), null);
        Deal renewal = deal("D2", "rep-1", SIGNED.plusMonths(11), 1_000_000, SIGNED.plusMonths(11), "D");
        DealBonus renewed = run(List.of(d, renewal), Map.of(), Map.of(), "1.00", SIGNED.plusMonths(12)).stream()
                .filter(b -> b.deal().id().equals("D")).findFirst().orElseThrow();
        assertThat(part(renewed, BonusPart.RENEWAL).state()).isEqualTo(PartState.RELEASED);
        assertThat(part(renewed, BonusPart.RENEWAL).settledOn()).isEqualTo(SIGNED.plusMonths(12));
        DealBonus beforeAnniversary = run(List.of(d, renewal), Map.of(), Map.of(), "1.00",
                SIGNED.plusMonths(12).minusDays(1)).stream().filter(b -> b.deal().id().equals("D")).findFirst()
                .orElseThrow();
        assertThat(part(beforeAnniversary, BonusPart.RENEWAL).state()).isEqualTo(PartState.AWAITING_RENEWAL);

        LocalDate deadline = SIGNED.plusMonths(12).plusDays(30);
        assertThat(part(run(List.of(d), Map.of(), Map.of(), "1.00", deadline).get(0), BonusPart.RENEWAL).state())
                .isEqualTo(PartState.AWAITING_RENEWAL);
        PartLine lapsed = part(run(List.of(d), Map.of(), Map.of(), "1.00", deadline.plusDays(1)).get(0),
                BonusPart.RENEWAL);
        assertThat(lapsed.state()).isEqualTo(PartState.FORFEITED);
        assertThat(lapsed.reason()).isEqualTo("签约满12个月（含30天宽限）未续约");
    }

    @Test
    void theCoefficientIsTheOneOfThePaymentMonthAndStaysOnceLocked() {
        Deal d = deal("E", "rep-1", SIGNED, 1_000_000, LocalDate.of(2025, 2, 3), null);
        CoefficientSource byMonth = (rep, month) -> coefficient(month.getMonthValue() == 2 ? "1.20" : "0.80");
        DealBonus inFeb = engine.compute(List.of(d), Map.of(), Map.of(), byMonth, LocalDate.of(2025, 2, 28)).get(0);
        DealBonus inAug = engine.compute(List.of(d), Map.of(), Map.of(), byMonth, LocalDate.of(2025, 8, 31)).get(0);
        assertThat(inFeb.coefficient()).isEqualByComparingTo("1.20");
        assertThat(inAug.totalFen()).isEqualTo(inFeb.totalFen()).isEqualTo(96_000);
        DealBonus unpaidInJan = engine.compute(List.of(d), Map.of(), Map.of(), byMonth, LocalDate.of(2025, 1, 31))
                .get(0);
        assertThat(unpaidInJan.coefficientFinal()).isFalse();
        assertThat(unpaidInJan.coefficient()).isEqualByComparingTo("0.80");
    }

    @Test
    void theMentorGetsFifteenPercentOfTheFirstDealThenFivePercentOfThreeThenNothing() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            deals.add(deal("M" + i, "rookie", SIGNED.plusDays(i), 1_000_000, SIGNED.plusDays(i), null));
        }
        Mentorship pair = new Mentorship("rookie", "mentor", SIGNED, "manager", 0);
        List<DealBonus> bonuses = run(deals, Map.of(), Map.of("rookie", pair), "1.00", SIGNED.plusDays(10));
        // each deal: base 80,000 fen, payment part 40,000 released
        assertThat(bonuses).extracting(b -> b.mentorLines().stream().filter(l -> l.part() == BonusPart.PAYMENT)
                        .mapToLong(PartLine::amountFen).sum())
                .containsExactly(6_000L, 2_000L, 2_000L, 2_000L, 0L, 0L);
        assertThat(bonuses.get(0).mentorLines()).allMatch(l -> l.beneficiaryId().equals("mentor") && l.mentorShare());
        assertThat(bonuses.get(0).mentorLines().get(0).reason()).startsWith("传承贡献奖15%");
        assertThat(bonuses.get(0).amount(PartState.RELEASED)).isEqualTo(40_000);
    }

    @Test
    void dealsSignedBeforeTheMentorshipEarnTheMentorNothingButStillCountInTheOrder() {
        List<Deal> deals = List.of(deal("N0", "rookie", SIGNED, 1_000_000, SIGNED, null),
                deal("N1", "rookie", SIGNED.plusDays(3), 1_000_000, SIGNED.plusDays(3), null));
        Mentorship pair = new Mentorship("rookie", "mentor", SIGNED.plusDays(1), "manager", 0);
        List<DealBonus> bonuses = run(deals, Map.of(), Map.of("rookie", pair), "1.00", SIGNED.plusDays(10));
        assertThat(bonuses.get(0).mentorLines()).isEmpty();
        assertThat(bonuses.get(1).mentorLines()).first().extracting(PartLine::amountFen).isEqualTo(2_000L);
    }

    @Test
    void splitGivesLeftoverFenToTheLargestRemainders() {
        assertThat(Fen.split(1, List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2"))))
                .containsExactly(1, 0, 0);
        assertThat(Fen.split(7, List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2"))))
                .containsExactly(4, 2, 1);
        assertThat(Fen.times(5, new BigDecimal("0.5"))).isEqualTo(3);
        assertThat(Fen.yuan(123_456)).isEqualTo("1234.56");
    }
}

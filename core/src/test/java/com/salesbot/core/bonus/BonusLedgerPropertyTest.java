package com.salesbot.core.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.deal.Deal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For random deals, payments, complaints, renewals, mentors and coefficients: released + pending + forfeited equals
 * base x coefficient to the fen, mentor lines follow their part, and a settled part never changes as time goes on.
 */
class BonusLedgerPropertyTest {
    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partsAlwaysAddUpAndSettledPartsNeverChange(long seed) {
        Random random = new Random(seed);
        BonusEngine engine = new BonusEngine(IncentiveSettings.defaults());
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<Deal> deals = new ArrayList<>();
        Map<String, List<LocalDate>> complaints = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            LocalDate signed = start.plusDays(random.nextInt(600));
            long amount = 1 + (long) random.nextInt(50_000_000);
            LocalDate paid = random.nextInt(4) == 0 ? null : signed.plusDays(random.nextInt(120));
            String renewalOf = i > 0 && random.nextInt(3) == 0 ? deals.get(random.nextInt(i)).id() : null;
            Deal d = new Deal("D" + i, "cust" + random.nextInt(20), "rep" + random.nextInt(6), null, amount, signed,
                    null, null, false, null, false, Map.of(), paid == null ? 0 : 1, paid, null, false,
                    renewalOf != null && deals.stream().anyMatch(x -> x.id().equals(renewalOf)
                            && x.signedOn().isBefore(signed)) ? renewalOf : null, 0);
            deals.add(d);
            if (random.nextInt(5) == 0) {
                complaints.computeIfAbsent(d.customerId(), k -> new ArrayList<>())
                        .add(signed.plusDays(random.nextInt(300)));
            }
        }
        Map<String, Mentorship> mentors = Map.of("rep1", new Mentorship("rep1", "rep0", start.plusDays(100), "m", 0));
        Map<String, BigDecimal> coefficients = new HashMap<>();
        CoefficientSource source = (rep, month) -> new Coefficient(coefficients.computeIfAbsent(rep + month,
                k -> BigDecimal.valueOf(70 + new Random(k.hashCode()).nextInt(61)).movePointLeft(2)),
                BigDecimal.ONE, 6, false, List.of());
        Map<String, PartLine> settled = new HashMap<>();
        for (LocalDate asOf = start; asOf.isBefore(start.plusYears(3)); asOf = asOf.plusDays(17)) {
            for (DealBonus b : engine.compute(deals, complaints, mentors, source, asOf)) {
                long expected = BigDecimal.valueOf(b.baseFen()).multiply(b.coefficient())
                        .setScale(0, RoundingMode.HALF_UP).longValueExact();
                long sum = b.amount(PartState.RELEASED) + b.pendingFen() + b.amount(PartState.FORFEITED);
                assertThat(sum).as("deal %s on %s", b.deal().id(), asOf).isEqualTo(expected)
                        .isEqualTo(b.totalFen());
                assertThat(b.baseFen()).isEqualTo(BigDecimal.valueOf(b.deal().amountFen())
                        .multiply(new BigDecimal("0.08")).setScale(0, RoundingMode.HALF_UP).longValueExact());
                for (PartLine line : concat(b.parts(), b.mentorLines())) {
                    String key = line.dealId() + line.part() + line.beneficiaryId();
                    if (line.state().settled()) {
                        assertThat(line.settledOn()).isBeforeOrEqualTo(asOf);
                        PartLine before = settled.putIfAbsent(key, line);
                        if (before != null) {
                            assertThat(line).as("settled part %s changed on %s", key, asOf).isEqualTo(before);
                        }
                    } else {
                        assertThat(settled).as("part %s went back to pending on %s", key, asOf)
                                .doesNotContainKey(key);
                    }
                }
                for (PartLine mentor : b.mentorLines()) {
                    PartLine own = b.parts().stream().filter(p -> p.part() == mentor.part()).findFirst().orElseThrow();
                    assertThat(mentor.state()).isEqualTo(own.state());
                    assertThat(mentor.amountFen()).isLessThanOrEqualTo(own.amountFen());
                }
            }
        }
        assertThat(settled).isNotEmpty();
    }

    private static List<PartLine> concat(List<PartLine> a, List<PartLine> b) {
        List<PartLine> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

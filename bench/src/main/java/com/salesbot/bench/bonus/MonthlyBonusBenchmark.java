package com.salesbot.bench.bonus;

import com.salesbot.core.bonus.BonusEngine;
import com.salesbot.core.bonus.Coefficient;
import com.salesbot.core.bonus.CoefficientCalculator;
import com.salesbot.core.bonus.CoefficientInputs;
import com.salesbot.core.bonus.DealBonus;
import com.salesbot.core.bonus.IncentiveSettings;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DecisionRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monthly R21 computation for 300 reps x 24 months of deals (2 per rep and month: 14,400 deals, with major
 * complaints, renewals and 30 mentor pairs): every rep-month coefficient from its inputs (7,200 coefficients, one
 * per rep and month, as the payment-month lock needs), then every deal's staged parts as of the last month's end.
 * Pure computation, no database: the stores' reads are measured by the store benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonthlyBonusBenchmark {
    static final int REPS = 300;
    static final int MONTHS = 24;
    final YearMonth first = YearMonth.of(2024, 1);
    final IncentiveSettings settings = IncentiveSettings.defaults();
    List<Deal> deals;
    Map<String, List<LocalDate>> complaints;
    Map<String, Mentorship> mentors;
    Map<String, CoefficientInputs> inputs;

    @Setup
    public void data() {
        Random random = new Random(20260101);
        deals = new ArrayList<>();
        complaints = new HashMap<>();
        inputs = new HashMap<>();
        mentors = new HashMap<>();
        for (int r = 0; r < REPS; r++) {
            String rep = "rep" + r;
            if (r % 10 == 1) {
                mentors.put(rep, new Mentorship(rep, "rep" + (r - 1), first.atDay(1), "m", 0));
            }
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = first.plusMonths(m);
                inputs.put(rep + "|" + month, new CoefficientInputs(random.nextInt(8), random.nextInt(2000),
                        random.nextInt(2), 10, random.nextInt(11), OptionalDouble.of(random.nextInt(100)),
                        OptionalDouble.of(random.nextInt(100)), random.nextInt(1500)));
                for (int k = 0; k < 2; k++) {
                    LocalDate signed = month.atDay(1 + random.nextInt(28));
                    String customer = "c" + r + "-" + random.nextInt(20);
                    String renewalOf = m >= 12 && random.nextInt(3) == 0 ? "d" + r + "-" + (m - 12) + "-" + k : null;
                    LocalDate paid = random.nextInt(6) == 0 ? null : signed.plusDays(random.nextInt(60));
                    long amount = 1_000_000L + random.nextInt(100_000_000);
                    deals.add(new Deal("d" + r + "-" + m + "-" + k, customer, rep, null, amount, signed, null, null,
                            false, null, false, Map.of(DecisionRole.SIGNER, "纪要"), paid == null ? 0 : amount / 3,
                            paid, null, false, renewalOf, 0));
                    if (random.nextInt(15) == 0) {
                        complaints.computeIfAbsent(customer, x -> new ArrayList<>())
                                .add(signed.plusDays(random.nextInt(200)));
                    }
                }
            }
        }
    }

    @Benchmark
    public long monthlyRun() {
        CoefficientCalculator calculator = new CoefficientCalculator(settings);
        Map<String, Coefficient> coefficients = new HashMap<>();
        inputs.forEach((key, in) -> coefficients.put(key, calculator.compute(in)));
        List<DealBonus> bonuses = new BonusEngine(settings).compute(deals, complaints, mentors,
                (rep, month) -> coefficients.get(rep + "|" + month), first.plusMonths(MONTHS - 1).atEndOfMonth());
        long total = 0;
        for (DealBonus b : bonuses) {
            total += b.totalFen();
        }
        return total;
    }
}

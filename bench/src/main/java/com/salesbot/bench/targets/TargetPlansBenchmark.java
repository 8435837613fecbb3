package com.salesbot.bench.targets;

import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.feature.targets.TargetsSettings;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.rules.targetplan.RepFactors;
import com.salesbot.core.rules.targetplan.TargetPlan;
import com.salesbot.core.rules.targetplan.TargetPool;
import com.salesbot.core.rules.targetplan.TargetSandbox;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The target sandbox over a large company: 30 teams x 300 reps with 12 months of payments (4 a month per rep, about
 * 430,000) and 24 opportunities per rep (about 216,000): per team, the 12-month payment sums, every rep's factors
 * (including the R8 matrix), the three-source pool and the three plans split to the fen.
 * Run: {@code java -jar bench/target/benchmarks.jar TargetPlansBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TargetPlansBenchmark {
    static final long DAY = 86_400_000L;

    @Param("30")
    int teams;

    @Param("300")
    int repsPerTeam;

    long now;
    List<List<String>> teamReps;
    Map<String, List<Payment>> payments;
    Map<String, List<Opportunity>> opportunities;
    TargetSandboxService service;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(7);
        now = 1_780_000_000_000L;
        teamReps = new ArrayList<>();
        payments = new HashMap<>();
        opportunities = new HashMap<>();
        for (int t = 0; t < teams; t++) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < repsPerTeam; r++) {
                String id = "t" + t + "-r" + r;
                ids.add(id);
                List<Payment> ps = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                    for (int k = 0; k < 4; k++) {
                        ps.add(new Payment(id + "-p" + m + "-" + k, id, "c", null, 1_000_00L + random.nextInt(
                                5_000_000), now - (m * 30L + k * 7) * DAY - 1));
                    }
                }
                payments.put(id, ps);
                List<Opportunity> os = new ArrayList<>();
                for (int k = 0; k < 24; k++) {
                    OpportunityStatus s = OpportunityStatus.values()[random.nextInt(3)];
                    long created = now - random.nextInt(360) * DAY;
                    os.add(new Opportunity(id + "-o" + k, "c", id, 10_000_00L + random.nextInt(90_000_000),
                            "s", random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), null, s,
                            random.nextInt(4) == 0, created, s == OpportunityStatus.OPEN ? 0
                            : Math.min(now - 1, created + random.nextInt(120) * DAY)));
                }
                opportunities.put(id, os);
            }
            teamReps.add(ids);
        }
        service = new TargetSandboxService(null, null, null, null, null, null, null, null,
                TargetsSettings.defaults(), ZoneId.of("Asia/Shanghai"));
    }

    @Benchmark
    public long threePlansForEveryTeam() {
        TargetSandbox sandbox = new TargetSandbox();
        long checksum = 0;
        long from = now - 365 * DAY;
        for (List<String> ids : teamReps) {
            Map<String, Long> paid = new HashMap<>();
            Map<String, List<Opportunity>> opps = new HashMap<>();
            long history = 0;
            for (String id : ids) {
                long sum = 0;
                for (Payment p : payments.get(id)) {
                    if (p.paidAt() >= from && p.paidAt() < now) {
                        sum += p.amountFen();
                    }
                }
                paid.put(id, sum);
                history += sum;
                opps.put(id, opportunities.get(id));
            }
            List<RepFactors> factors = service.factors(ids, opps, paid, now);
            TargetPool pool = sandbox.pool("t", Map.of("全部产品线", history), 1.1, "bench", factors);
            for (TargetPlan plan : sandbox.plans(pool, factors)) {
                checksum += plan.totalFen() + plan.shares().get(0).amountFen();
            }
        }
        return checksum;
    }
}

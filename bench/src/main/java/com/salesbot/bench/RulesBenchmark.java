package com.salesbot.bench;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.activity.DailyTouchCounts;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapBuilder;
import com.salesbot.core.rules.activity.LowActivityAlert;
import com.salesbot.core.rules.activity.LowActivityDetector;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.compare.Comparison;
import com.salesbot.core.rules.compare.ComparisonView;
import com.salesbot.core.rules.compare.RepPerformance;
import com.salesbot.core.rules.compare.RepPerformanceCalculator;
import com.salesbot.core.rules.compare.TeamReference;
import com.salesbot.core.rules.lead.LeadDwell;
import com.salesbot.core.rules.lead.LeadDwellRanking;
import com.salesbot.core.rules.targethealth.TargetHealth;
import com.salesbot.core.rules.targethealth.TargetHealthCalculator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The daily and monthly rules over a whole company: 10,000 reps in teams of 10 with 90 days of touches
 * (about 2.6 million). Run: {@code java -jar bench/target/benchmarks.jar RulesBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RulesBenchmark {
    @Param("10000")
    int reps;

    @Param("90")
    int days;

    BusinessCalendar calendar;
    Thresholds thresholds;
    RulesData data;
    HeatmapBuilder heatmap;
    LowActivityDetector lowActivity;
    EffectiveTouchRule effective;
    TargetHealthCalculator targetHealth;
    LeadDwellRanking dwell;
    RepPerformanceCalculator performance;
    ComparisonView comparison;
    LocalDate yesterday;
    List<com.salesbot.core.model.Touch> teamTouches;

    @Setup(Level.Trial)
    public void setUp() {
        calendar = BusinessCalendar.weekdays(ZoneId.of("Asia/Shanghai"));
        thresholds = Thresholds.defaults();
        LocalDate today = LocalDate.of(2026, 11, 27);
        data = new RulesData(reps, days, calendar, today, 20261127L);
        heatmap = new HeatmapBuilder(calendar, thresholds);
        lowActivity = new LowActivityDetector(calendar, thresholds);
        effective = new EffectiveTouchRule(thresholds);
        targetHealth = new TargetHealthCalculator(thresholds, calendar.zone());
        dwell = new LeadDwellRanking(calendar, thresholds);
        performance = new RepPerformanceCalculator(calendar, effective);
        comparison = new ComparisonView(thresholds);
        yesterday = calendar.previousBusinessDay(today);
        Set<String> firstTeam = new java.util.HashSet<>();
        data.teams.get(0).forEach(r -> firstTeam.add(r.id()));
        teamTouches = data.touches.stream().filter(t -> firstTeam.contains(t.repId())).toList();
        System.out.println("touches: " + data.touches.size() + ", teams: " + data.teams.size());
    }

    /** R4 + R5 as the morning job runs them: one tally over the window, then every team's heatmap and alerts. */
    @Benchmark
    public int morningDigestAllTeams() {
        // the heatmap's 7 business days also cover the 4 the low-activity detector needs
        List<LocalDate> window = calendar.businessDaysEndingAt(yesterday, thresholds.heatmapDays());
        DailyTouchCounts counts = DailyTouchCounts.tally(data.touches, window, calendar, effective);
        int cells = 0;
        int alerts = 0;
        for (List<Rep> team : data.teams) {
            Heatmap map = heatmap.build(team, counts);
            cells += map.rows().size();
            List<LowActivityAlert> fired = lowActivity.firing(team, data.absences, counts, yesterday);
            alerts += fired.size();
        }
        return cells + alerts;
    }

    /** R4 alone, from the raw touches (one tally of 7 business days). */
    @Benchmark
    public int heatmapAllReps() {
        return heatmap.build(data.reps, data.touches, calendar.previousBusinessDay(data.today).plusDays(1))
                .rows().size();
    }

    /** R9 for every rep: one pass to sum payments and reserve per rep, then the calculator. */
    @Benchmark
    public int targetHealthAllReps() {
        YearMonth month = YearMonth.from(data.today);
        long monthStart = calendar.startOf(month.atDay(1));
        long monthEnd = calendar.startOf(month.plusMonths(1).atDay(1));
        Map<String, long[]> sums = new HashMap<>();
        data.payments.forEach(p -> {
            if (p.paidAt() >= monthStart && p.paidAt() < monthEnd) {
                sums.computeIfAbsent(p.repId(), k -> new long[2])[0] += p.amountFen();
            }
        });
        data.opportunities.forEach(o -> {
            if (o.qualified()) {
                sums.computeIfAbsent(o.ownerRepId(), k -> new long[2])[1] += o.amountFen();
            }
        });
        int red = 0;
        for (Rep rep : data.reps) {
            long[] s = sums.getOrDefault(rep.id(), new long[2]);
            TargetHealth h = targetHealth.evaluate(300_000_000L, s[0], s[1]);
            red += h.red() ? 1 : 0;
        }
        return red;
    }

    /** R6 over all leads of the company. */
    @Benchmark
    public List<LeadDwell> leadDwellTop10() {
        return dwell.top(data.leads, calendar.startOf(data.today), Set.of("赢单", "输单"));
    }

    /** R18 for every rep: 90-day figures of everyone in one pass, then six comparisons per rep. */
    @Benchmark
    public int comparisonsAllReps() {
        long to = calendar.startOf(data.today);
        long from = to - days * RulesData.DAY_MS;
        Map<String, RepPerformance> all = performance.compute(data.reps, data.touches, data.leads, data.opportunities,
                data.payments, from, to);
        int rows = 0;
        for (List<Rep> team : data.teams) {
            List<RepPerformance> members = new ArrayList<>(team.size());
            for (Rep r : team) {
                members.add(all.get(r.id()));
            }
            TeamReference reference = comparison.reference(members);
            for (RepPerformance me : members) {
                List<Comparison> c = comparison.compare(me, reference, 0.3);
                rows += c.size();
            }
        }
        return rows;
    }

    /** R18 as the chat answers 对比: one team's touches (10 reps x 90 days) and the requester's six rows. */
    @Benchmark
    public List<Comparison> comparisonOneTeam() {
        long to = calendar.startOf(data.today);
        long from = to - days * RulesData.DAY_MS;
        Map<String, RepPerformance> team = performance.compute(data.teams.get(0), teamTouches, List.of(), List.of(),
                List.of(), from, to);
        return comparison.compare(data.teams.get(0).get(0).id(), team, 0.3);
    }

    /**
     * Not a benchmark: on a shared, loaded machine wall time mostly measures the wait for a core, so this reports
     * the CPU time of the benchmark thread per operation as well (median of 15 runs after 10 warm-up runs).
     * Run: {@code java -cp bench/target/benchmarks.jar com.salesbot.bench.RulesBenchmark}.
     */
    public static void main(String[] args) {
        RulesBenchmark b = new RulesBenchmark();
        b.reps = 10_000;
        b.days = 90;
        b.setUp();
        probe("morningDigestAllTeams", b::morningDigestAllTeams);
        probe("heatmapAllReps", b::heatmapAllReps);
        probe("targetHealthAllReps", b::targetHealthAllReps);
        probe("leadDwellTop10", () -> b.leadDwellTop10().size());
        probe("comparisonsAllReps", b::comparisonsAllReps);
        probe("comparisonOneTeam", () -> b.comparisonOneTeam().size());
    }

    private static void probe(String name, java.util.function.IntSupplier op) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int i = 0; i < 10; i++) {
            sink += op.getAsInt();
        }
        long[] cpu = new long[15];
        long[] wall = new long[15];
        for (int i = 0; i < cpu.length; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sink += op.getAsInt();
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            wall[i] = System.nanoTime() - w0;
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        System.out.printf("%-24s cpu %7.1f ms/op   wall %7.1f ms/op   (result %d)%n", name, cpu[7] / 1e6,
                wall[7] / 1e6, sink);
    }
}

package com.salesbot.bench.targets;

import com.salesbot.bench.digest.BenchStores;
import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.TargetsSettings;
import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The quarterly capability radar for every rep of a large company: 30 teams x 300 reps, per rep in the quarter 60
 * touches over 20 customers, 8 closed and 4 open opportunities, 3 customer-voice answers and 2 growth entries
 * (540,000 touches in all). {@link #radarForAllReps} runs {@link CapabilityService#teamScores} and the team mean for
 * every team (what 能力雷达 and the R15 run compute) over the in-memory stores the other benchmarks use;
 * {@link #plainLoopOverTheSameRows} is the baseline: one pass over the same rows computing the same raw metrics,
 * no stores, no scaling. Report the first as a ratio of the second measured in the same run.
 * Run: {@code java -jar bench/target/benchmarks.jar RadarBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RadarBenchmark {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long DAY = 86_400_000L;

    @Param("30")
    int teams;

    @Param("300")
    int repsPerTeam;

    final Quarter quarter = Quarter.parse("2026Q3");
    CapabilityService capability;
    List<String> teamIds;
    Map<String, List<String>> repsByTeam;
    List<Touch> quarterTouches;
    BenchStores.Opportunities opportunities;
    List<VoiceAnswer> voice;
    Map<String, List<GrowthEntry>> growth;
    EffectiveTouchRule effective;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(11);
        BenchStores.Org org = new BenchStores.Org();
        opportunities = new BenchStores.Opportunities();
        List<Touch> touches = new ArrayList<>();
        voice = new ArrayList<>();
        growth = new HashMap<>();
        teamIds = new ArrayList<>();
        repsByTeam = new HashMap<>();
        long start = quarter.startMs(ZONE);
        long length = quarter.endMs(ZONE) - start;
        long touchId = 0;
        for (int t = 0; t < teams; t++) {
            String team = "t" + t;
            org.saveTeam(new Team(team, "团队" + t));
            teamIds.add(team);
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < repsPerTeam; r++) {
                String rep = team + "-r" + r;
                ids.add(rep);
                org.saveRep(new Rep(rep, "销售" + rep, team, Role.REP, null, null, LocalDate.of(2024, 1, 1), true));
                for (int k = 0; k < 60; k++) {
                    long at = start + (long) (random.nextDouble() * length);
                    boolean tagged = random.nextInt(5) != 0;
                    touches.add(new Touch(++touchId, rep, rep + "-c" + random.nextInt(20), TouchKind.CALL, at,
                            10 + random.nextInt(600), tagged ? "已预约演示" : null, null, tagged ? at + 60_000 : 0,
                            "bench", null));
                }
                for (int k = 0; k < 12; k++) {
                    OpportunityStatus s = k < 4 ? OpportunityStatus.OPEN
                            : random.nextBoolean() ? OpportunityStatus.WON : OpportunityStatus.LOST;
                    long created = start - random.nextInt(200) * DAY;
                    opportunities.save(new Opportunity(rep + "-o" + k, rep + "-c" + k, rep, 1_000_000L
                            + random.nextInt(50_000_000), "s", true, true, random.nextBoolean(), null, s,
                            random.nextInt(4) == 0, created, s == OpportunityStatus.OPEN ? 0
                            : start + (long) (random.nextDouble() * length)));
                }
                for (int k = 0; k < 3; k++) {
                    voice.add(new VoiceAnswer(quarter, rep, rep + "-c" + k, List.of("响应快"), 1 + random.nextInt(5)));
                }
                growth.put(rep, List.of(
                        new GrowthEntry(touchId, rep, "collaboration", "联合宣讲", 20, GrowthEntry.APPROVED,
                                start + random.nextInt(80) * DAY, "m"),
                        new GrowthEntry(touchId + 1, rep, "certification", "产品认证", 50, GrowthEntry.APPROVED,
                                start + random.nextInt(80) * DAY, "m")));
            }
            repsByTeam.put(team, ids);
        }
        BenchStores.Touches touchStore = new BenchStores.Touches(touches);
        quarterTouches = touchStore.between(start, quarter.endMs(ZONE));
        effective = new EffectiveTouchRule(30);
        capability = new CapabilityService(org, opportunities, touchStore, new BenchTargetsData(voice, growth),
                TargetsSettings.defaults(), effective, 0.5, 2, ZONE);
    }

    @Benchmark
    public double radarForAllReps() {
        double checksum = 0;
        for (String team : teamIds) {
            Map<String, List<Double>> scores = capability.teamScores(team, quarter);
            for (List<Double> s : scores.values()) {
                checksum += s.get(0) + s.get(s.size() - 1);
            }
        }
        return checksum;
    }

    /** The same raw metrics in one pass over the rows: the floor any store-based implementation is held to. */
    @Benchmark
    public double plainLoopOverTheSameRows() {
        long from = quarter.startMs(ZONE);
        long to = quarter.endMs(ZONE);
        Map<String, double[]> raw = new HashMap<>();
        Map<String, Set<String>> customers = new HashMap<>();
        for (Touch t : quarterTouches) {
            double[] v = raw.computeIfAbsent(t.repId(), k -> new double[6]);
            v[4]++;
            if (t.tagged()) {
                v[2]++;
            }
            if (effective.isEffective(t)) {
                v[0]++;
                customers.computeIfAbsent(t.repId(), k -> new HashSet<>()).add(t.customerId());
            }
        }
        Map<String, int[]> votes = new HashMap<>();
        for (VoiceAnswer a : voice) {
            int[] v = votes.computeIfAbsent(a.repId(), k -> new int[2]);
            v[0] += a.score();
            v[1]++;
        }
        double checksum = 0;
        for (String team : teamIds) {
            for (String rep : repsByTeam.get(team)) {
                double[] v = raw.getOrDefault(rep, new double[6]);
                Set<String> c = customers.getOrDefault(rep, Set.of());
                double depth = c.isEmpty() ? 0 : v[0] / c.size();
                int won = 0;
                int closed = 0;
                for (Opportunity o : opportunities.ofOwner(rep)) {
                    if (o.status() != OpportunityStatus.OPEN && o.closedAt() >= from && o.closedAt() < to) {
                        closed++;
                        won += o.status() == OpportunityStatus.WON ? 1 : 0;
                    }
                }
                int points = 0;
                for (GrowthEntry g : growth.getOrDefault(rep, List.of())) {
                    if (g.at() >= from && g.at() < to) {
                        points += g.points();
                    }
                }
                int[] vote = votes.getOrDefault(rep, new int[2]);
                checksum += depth + (closed == 0 ? 0 : 100.0 * won / closed) + (v[4] == 0 ? 0 : v[2] / v[4])
                        + points + (vote[1] == 0 ? 0 : 20.0 * vote[0] / vote[1]);
            }
        }
        return checksum;
    }
}

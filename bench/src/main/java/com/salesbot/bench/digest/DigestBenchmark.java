package com.salesbot.bench.digest;

import com.salesbot.charts.HeatmapData;
import com.salesbot.charts.HeatmapRenderer;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.push.HeatmapImages;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.activity.HeatmapRow;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * R4 digest at scale: 300 reps in 30 teams (one manager each), 90 days of touches, every team's card computed
 * (heatmap, low-activity streaks, R9 red warnings, untagged touches) and its heatmap PNG rendered. Prints the
 * time per full digest run and the peak heap. Run:
 * {@code java -Xmx512m -cp <bench classpath> com.salesbot.bench.digest.DigestBenchmark}
 */
public final class DigestBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DigestBenchmark() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int teams = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BusinessConfig config = BusinessConfig.defaults();
        BusinessCalendar calendar = new BusinessCalendar(ZONE, config.calendar().holidays(),
                config.calendar().makeUpWorkdays());
        LocalDate day = LocalDate.of(2026, 11, 27);
        Thresholds thresholds = config.thresholds();

        BenchStores.Org org = new BenchStores.Org();
        BenchStores.Targets targets = new BenchStores.Targets();
        BenchStores.Payments payments = new BenchStores.Payments();
        BenchStores.Opportunities opportunities = new BenchStores.Opportunities();
        List<Touch> touches = new ArrayList<>();
        Random random = new Random(42);
        YearMonth month = YearMonth.from(day);
        for (int t = 0; t < teams; t++) {
            org.saveTeam(new Team("T" + t, "销售" + (t + 1) + "组"));
            org.saveRep(new Rep("M" + t, "主管" + t, "T" + t, Role.MANAGER, "wx-M" + t, null,
                    LocalDate.of(2024, 1, 1), true));
        }
        long id = 0;
        for (int r = 0; r < reps; r++) {
            String repId = "R" + r;
            org.saveRep(new Rep(repId, "销售" + r, "T" + (r % teams), Role.REP, "wx-" + repId, null,
                    LocalDate.of(2024, 1, 1), true));
            targets.save(new Target(repId, month, 1_000_000_00L));
            payments.save(new Payment("P" + r, repId, "C" + r, null, random.nextInt(60) * 1_000_000L,
                    calendar.startOf(day.minusDays(10))));
            for (int o = 0; o < 8; o++) {
                opportunities.save(new Opportunity("O" + r + "-" + o, "C" + r, repId, random.nextInt(40) * 1_000_000L,
                        "方案报价", random.nextBoolean(), random.nextBoolean(), true, day.plusDays(30),
                        OpportunityStatus.OPEN, false, calendar.startOf(day.minusDays(60)), 0));
            }
            int base = 2 + random.nextInt(8);
            for (LocalDate d = day.minusDays(90); d.isBefore(day); d = d.plusDays(1)) {
                if (!calendar.isBusinessDay(d)) {
                    continue;
                }
                int n = Math.max(0, base + random.nextInt(5) - 2);
                for (int i = 0; i < n; i++) {
                    long at = calendar.startOf(d) + (9 * 3600 + random.nextInt(9 * 3600)) * 1000L;
                    boolean tagged = random.nextInt(20) != 0;
                    touches.add(new Touch(++id, repId, "C" + r, TouchKind.CALL, at, 20 + random.nextInt(300),
                            tagged ? "已预约演示" : null, null, tagged ? at + 60_000 : 0, "bench", null));
                }
            }
        }
        BenchStores.Touches touchStore = new BenchStores.Touches(touches);
        TargetHealthQuery health = new TargetHealthQuery(targets, payments, opportunities, thresholds, ZONE);
        HeatmapRenderer renderer = new HeatmapRenderer(PhoneChartTheme.shared());
        HeatmapImages images = (team, heatmap) -> {
            List<String> labels = heatmap.days().stream().map(d -> d.getMonthValue() + "/" + d.getDayOfMonth()).toList();
            byte[] png = renderer.render(new HeatmapData(team.name(), heatmap.rows().stream().map(HeatmapRow::repName)
                    .toList(), labels, heatmap.rows().stream().map(HeatmapRow::counts).toList(),
                    heatmap.days().indexOf(heatmap.yesterday()), "有效触达（次）"));
            return new CardImage("heatmap.png", png, team.name());
        };
        DailyDigest digest = new DailyDigest(org, touchStore, health, calendar, thresholds, images,
                ComplianceAlerts.NONE, new RecipientDirectory(List.of("wecom")));

        System.out.printf("data: %d reps, %d teams, %d touches over 90 days%n", reps, teams, touchStore.size());
        List<Outgoing> last = digest.pushes(day); // warm-up: JIT, fonts
        digest.pushes(day);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = digest.pushes(day);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long pngBytes = last.stream().mapToLong(p -> ((Card) p.message()).image().png().length).sum();
        Arrays.sort(millis);
        System.out.printf("digest of all teams: %d cards, %d KB of PNG; per run min %d ms, median %d ms, max %d ms%n",
                last.size(), pngBytes / 1024, millis[0], millis[runs / 2], millis[runs - 1]);
        System.out.printf("peak heap (sum of pool peaks) during the measured runs: %d MB; max heap %d MB%n",
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}

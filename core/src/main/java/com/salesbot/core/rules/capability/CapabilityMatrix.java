package com.salesbot.core.rules.capability;

import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R8 capability-resource matrix: x = a rep's median won-deal size over the last {@code windowMonths} months, y = their
 * large-account win rate over the same window (won / won+lost among opportunities flagged large account). The
 * thresholds between "low" and "high" are the team's medians of the same figures, so the matrix always spreads a
 * team whatever its market; a rep exactly on a median counts as high. A rep who closed no large account has no y
 * value and lands in {@link Quadrant#UNPROVEN}.
 */
public final class CapabilityMatrix {
    private final int windowMonths;
    private final ZoneId zone;

    public CapabilityMatrix(int windowMonths, ZoneId zone) {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("window must be at least one month");
        }
        this.windowMonths = windowMonths;
        this.zone = zone;
    }

    /** Window start: the same day {@code windowMonths} months before {@code asOfMs}, at midnight. */
    public long windowStart(long asOfMs) {
        return Instant.ofEpochMilli(asOfMs).atZone(zone).toLocalDate().minusMonths(windowMonths)
                .atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The matrix of these reps (ids, in this order) from their opportunities (any owner; others are ignored). */
    public List<RepCapability> compute(List<String> repIds, Collection<Opportunity> opportunities, long asOfMs) {
        long from = windowStart(asOfMs);
        Map<String, List<Long>> won = new HashMap<>();
        Map<String, int[]> large = new HashMap<>();
        for (Opportunity o : opportunities) {
            if (o.status() == OpportunityStatus.OPEN || o.closedAt() < from || o.closedAt() >= asOfMs) {
                continue;
            }
            boolean isWon = o.status() == OpportunityStatus.WON;
            if (isWon) {
                won.computeIfAbsent(o.ownerRepId(), k -> new ArrayList<>()).add(o.amountFen());
            }
            if (o.largeAccount()) {
                int[] counts = large.computeIfAbsent(o.ownerRepId(), k -> new int[2]);
                counts[1]++;
                if (isWon) {
                    counts[0]++;
                }
            }
        }
        List<long[]> raw = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Long> medians = new ArrayList<>();
        for (String rep : repIds) {
            List<Long> amounts = won.getOrDefault(rep, List.of());
            long median = median(amounts);
            int[] counts = large.getOrDefault(rep, new int[2]);
            raw.add(new long[] {amounts.size(), median, counts[0], counts[1]});
            medians.add(median);
            if (counts[1] > 0) {
                rates.add((double) counts[0] / counts[1]);
            }
        }
        double xThreshold = medianOf(medians.stream().map(Long::doubleValue).toList());
        double yThreshold = medianOf(rates);
        List<RepCapability> result = new ArrayList<>();
        for (int i = 0; i < repIds.size(); i++) {
            long[] r = raw.get(i);
            Double rate = r[3] == 0 ? null : (double) r[2] / r[3];
            result.add(new RepCapability(repIds.get(i), (int) r[0], r[1], (int) r[2], (int) r[3], rate,
                    quadrant(r[1], rate, xThreshold, yThreshold)));
        }
        return result;
    }

    static Quadrant quadrant(long medianFen, Double rate, double xThreshold, double yThreshold) {
        if (rate == null) {
            return Quadrant.UNPROVEN;
        }
        boolean highSize = medianFen > 0 && medianFen >= xThreshold;
        boolean highWin = rate >= yThreshold && rate > 0;
        if (highSize) {
            return highWin ? Quadrant.FAST_EARNER : Quadrant.BREAKTHROUGH;
        }
        return highWin ? Quadrant.KEY_SUPPORT : Quadrant.FOUNDATION;
    }

    /** Median in fen; the mean of the two middle values (rounded down) for an even count; 0 for none. */
    public static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    /** The x threshold of a computed matrix: the median of the reps' median deal sizes (fen). */
    public static double xThreshold(List<RepCapability> matrix) {
        return medianOf(matrix.stream().map(r -> (double) r.medianDealFen()).toList());
    }

    /** The y threshold: the median win rate among reps with a closed large account, 0 when none has one. */
    public static double yThreshold(List<RepCapability> matrix) {
        return medianOf(matrix.stream().map(RepCapability::largeWinRate).filter(java.util.Objects::nonNull).toList());
    }

    static double medianOf(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

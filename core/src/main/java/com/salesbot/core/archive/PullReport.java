package com.salesbot.core.archive;

import java.util.EnumMap;
import java.util.Map;

/**
 * The outcome of one or more pulls.
 *
 * @param fromSeq    cursor before the first pull
 * @param toSeq      cursor after the last successful pull
 * @param fetched    records the archive returned
 * @param stored     rows newly stored and tagged
 * @param duplicates rows already stored before (a re-read after a crash)
 * @param invalid    rows the ingestion rejected (e.g. text too long)
 * @param skipped    records not fed to tagging, by reason
 * @param more       the archive probably has more right now
 */
public record PullReport(long fromSeq, long toSeq, int fetched, int stored, int duplicates, int invalid,
                         Map<SkipReason, Integer> skipped, boolean more) {
    public PullReport {
        skipped = Map.copyOf(skipped);
    }

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    PullReport plus(PullReport next) {
        Map<SkipReason, Integer> sum = new EnumMap<>(SkipReason.class);
        sum.putAll(skipped);
        next.skipped.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return new PullReport(fromSeq, next.toSeq, fetched + next.fetched, stored + next.stored,
                duplicates + next.duplicates, invalid + next.invalid, sum, next.more);
    }
}

package com.salesbot.core.rules.consensus;

import java.util.Collection;
import java.util.List;

/**
 * 目标共识度 (anonymous): each member states the team target as they understand it; the bot reports the spread
 * against the real target. With fewer than {@code minAnswers} answers nothing but the count is shown, so a single
 * answer can never be read off the result.
 */
public final class ConsensusSurvey {
    public static final int DEFAULT_MIN_ANSWERS = 3;
    private final int minAnswers;

    public ConsensusSurvey(int minAnswers) {
        if (minAnswers < 2) {
            throw new IllegalArgumentException("an anonymous survey needs at least 2 answers to show a result");
        }
        this.minAnswers = minAnswers;
    }

    public ConsensusResult result(long targetFen, Collection<Long> statedFen) {
        int n = statedFen.size();
        if (n < minAnswers || targetFen <= 0) {
            return new ConsensusResult(n, false, 0, 0, 0, 0);
        }
        List<Long> sorted = statedFen.stream().sorted().toList();
        double deviation = sorted.stream().mapToDouble(a -> Math.abs(a - targetFen) / (double) targetFen)
                .average().orElse(0);
        long median = n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
        return new ConsensusResult(n, true, Math.max(0, 1 - deviation), sorted.get(0), sorted.get(n - 1), median);
    }
}

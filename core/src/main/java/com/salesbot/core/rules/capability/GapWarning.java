package com.salesbot.core.rules.capability;

import com.salesbot.core.model.Quarter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R15 能力断层预警: a rep whose score on the watched dimension (客户深度经营) stays below {@code ratio} of the team
 * mean for {@code quarters} consecutive quarters, ending with the latest one, gets the 客户成功部协同辅导计划 - a
 * coaching plan, never a ranking. One bad quarter does not fire; a quarter without a score breaks the run.
 */
public final class GapWarning {
    /** One quarter's evidence: the rep's score and the team mean of the same dimension. */
    public record QuarterScore(Quarter quarter, double score, double teamMean) {
        public boolean below(double ratio) {
            return teamMean > 0 && score < ratio * teamMean;
        }
    }

    private final double ratio;
    private final int quarters;

    public GapWarning(double ratio, int quarters) {
        if (!(ratio > 0 && ratio <= 1) || quarters < 1) {
            throw new IllegalArgumentException("gap ratio must be in (0, 1] and quarters at least 1");
        }
        this.ratio = ratio;
        this.quarters = quarters;
    }

    public int quarters() {
        return quarters;
    }

    /** The evidence (oldest first) when the warning fires for {@code latest}, empty otherwise. */
    public Optional<List<QuarterScore>> check(Quarter latest, Map<Quarter, QuarterScore> history) {
        Quarter q = latest;
        QuarterScore[] run = new QuarterScore[quarters];
        for (int i = quarters - 1; i >= 0; i--) {
            QuarterScore s = history.get(q);
            if (s == null || !s.below(ratio)) {
                return Optional.empty();
            }
            run[i] = s;
            q = q.previous();
        }
        return Optional.of(List.of(run));
    }
}

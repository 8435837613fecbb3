package com.salesbot.core.rules.decay;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Target decay (目标传导衰减): the target recorded at each level for the same scope and period, and how much of the
 * level above survives at each step. The article's 1000 -> 800 -> 650 reads as 80 % kept from company to region,
 * 81.25 % from region to the reps, 65 % overall. Levels with no recorded target are skipped.
 */
public final class TargetDecay {
    /** One step down: {@code keptRatio} = this level / the level above, {@code overallRatio} = this / the top. */
    public record Step(OrgLevel level, long amountFen, Double keptRatio, Double overallRatio) {
    }

    private TargetDecay() {
    }

    public static List<Step> steps(Map<OrgLevel, Long> amounts) {
        Map<OrgLevel, Long> ordered = new EnumMap<>(OrgLevel.class);
        ordered.putAll(amounts);
        List<Step> steps = new ArrayList<>();
        Long top = null;
        Long previous = null;
        for (Map.Entry<OrgLevel, Long> e : ordered.entrySet()) {
            long amount = e.getValue();
            Double kept = previous == null || previous == 0 ? null : (double) amount / previous;
            Double overall = top == null || top == 0 ? null : (double) amount / top;
            steps.add(new Step(e.getKey(), amount, kept, overall));
            if (top == null) {
                top = amount;
            }
            previous = amount;
        }
        return steps;
    }
}

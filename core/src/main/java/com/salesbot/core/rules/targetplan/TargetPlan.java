package com.salesbot.core.rules.targetplan;

import java.util.List;

/** One of the three plans: the team total for the quarter, the per-rep split (sums to the total) and why. */
public record TargetPlan(PlanKind kind, long totalFen, List<RepShare> shares, List<String> assumptions) {
    public TargetPlan {
        shares = List.copyOf(shares);
        assumptions = List.copyOf(assumptions);
        long sum = shares.stream().mapToLong(RepShare::amountFen).sum();
        if (!shares.isEmpty() && sum != totalFen) {
            throw new IllegalStateException("split " + sum + " does not add up to " + totalFen);
        }
    }

    public long shareOf(String repId) {
        return shares.stream().filter(s -> s.repId().equals(repId)).mapToLong(RepShare::amountFen).sum();
    }
}

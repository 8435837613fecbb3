package com.salesbot.core.rules.targetplan;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The team's vote on the three plans: one ballot per person, changeable until the vote closes, the count visible to
 * everyone. The winner is the plan with the most ballots; a tie goes to the more cautious plan (稳健 before 激进,
 * 保守 before 稳健), so a split team never ends up on the most aggressive plan by accident.
 */
public final class PlanVote {
    private final Map<String, PlanKind> ballots = new LinkedHashMap<>();
    private boolean closed;

    public PlanVote(Map<String, PlanKind> ballots, boolean closed) {
        this.ballots.putAll(ballots);
        this.closed = closed;
    }

    /** Casts or changes a ballot; returns the previous choice. IllegalStateException once the vote is closed. */
    public Optional<PlanKind> cast(String voterId, PlanKind kind) {
        if (closed) {
            throw new IllegalStateException("the vote is closed");
        }
        return Optional.ofNullable(ballots.put(voterId, kind));
    }

    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }

    public Map<PlanKind, Integer> tally() {
        Map<PlanKind, Integer> t = new EnumMap<>(PlanKind.class);
        for (PlanKind k : PlanKind.values()) {
            t.put(k, 0);
        }
        ballots.values().forEach(k -> t.merge(k, 1, Integer::sum));
        return t;
    }

    public int ballotCount() {
        return ballots.size();
    }

    public Optional<PlanKind> ballotOf(String voterId) {
        return Optional.ofNullable(ballots.get(voterId));
    }

    /** Empty while nobody voted. */
    public Optional<PlanKind> leader() {
        if (ballots.isEmpty()) {
            return Optional.empty();
        }
        Map<PlanKind, Integer> t = tally();
        PlanKind best = null;
        for (PlanKind k : new PlanKind[] {PlanKind.CONSERVATIVE, PlanKind.STEADY, PlanKind.AGGRESSIVE}) {
            if (best == null || t.get(k) > t.get(best)) {
                best = k;
            }
        }
        return Optional.of(best);
    }

    public Map<String, PlanKind> ballots() {
        return Map.copyOf(ballots);
    }
}

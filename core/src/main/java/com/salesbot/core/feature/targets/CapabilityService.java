package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.feature.targets.TargetsSettings.Dimension;
import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.capability.CapabilityMatrix;
import com.salesbot.core.rules.capability.GapWarning;
import com.salesbot.core.rules.capability.GapWarning.QuarterScore;
import com.salesbot.core.rules.capability.RepCapability;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capability picture beyond revenue: the R8 matrix of a team, the quarterly radar (R13/R14 feed two of its
 * axes) and the R15 gap warning. Scores are 0..100 per axis: ratios (win rate, tagged share, voice score / 5) are
 * absolute, counts (touch depth, points) are relative to the best rep of the team.
 */
public final class CapabilityService {
    /** One rep's radar: scores and the team mean per axis, in the settings' axis order. */
    public record Radar(Rep rep, Quarter quarter, List<String> axes, List<Double> scores, List<Double> teamMean) {
    }

    /** An R15 warning: the rep, and the quarters (oldest first) with their score and the team mean. */
    public record GapAlert(Rep rep, String dimension, List<QuarterScore> evidence) {
    }

    private final OrgStore org;
    private final OpportunityStore opportunities;
    private final TouchStore touches;
    private final TargetsDataStore data;
    private final TargetsSettings settings;
    private final EffectiveTouchRule effective;
    private final GapWarning gap;
    private final ZoneId zone;

    public CapabilityService(OrgStore org, OpportunityStore opportunities, TouchStore touches, TargetsDataStore data,
                             TargetsSettings settings, EffectiveTouchRule effective, double gapRatio,
                             int gapQuarters, ZoneId zone) {
        this.org = org;
        this.opportunities = opportunities;
        this.touches = touches;
        this.data = data;
        this.settings = settings;
        this.effective = effective;
        this.gap = new GapWarning(gapRatio, gapQuarters);
        this.zone = zone;
    }

    public TargetsSettings settings() {
        return settings;
    }

    List<Rep> teamReps(String teamId) {
        return org.repsOfTeam(teamId).stream().filter(r -> SalesMembers.counts(r)).toList();
    }

    public List<RepCapability> matrix(String teamId, long now) {
        List<Rep> reps = teamReps(teamId);
        List<Opportunity> opps = new ArrayList<>();
        reps.forEach(r -> opps.addAll(opportunities.ofOwner(r.id())));
        return new CapabilityMatrix(settings.matrixMonths(), zone).compute(reps.stream().map(Rep::id).toList(),
                opps, now);
    }

    /** Scores of every rep of the team for the quarter, rep id -> one score per axis. */
    public Map<String, List<Double>> teamScores(String teamId, Quarter quarter) {
        List<Rep> reps = teamReps(teamId);
        long from = quarter.startMs(zone);
        long to = quarter.endMs(zone);
        Map<String, double[]> raw = new LinkedHashMap<>();
        // one pass over the quarter's rows, grouped by rep: filtering them again for every rep made the radar of a
        // 300-rep team scan the whole company's quarter 300 times (RadarBenchmark)
        Map<String, List<Touch>> touchesByRep = new HashMap<>();
        reps.forEach(r -> touchesByRep.put(r.id(), new ArrayList<>()));
        for (Touch t : touches.between(from, to)) {
            List<Touch> list = touchesByRep.get(t.repId());
            if (list != null) {
                list.add(t);
            }
        }
        Map<String, List<VoiceAnswer>> voiceByRep = new HashMap<>();
        for (VoiceAnswer v : data.voiceAnswers(quarter)) {
            if (touchesByRep.containsKey(v.repId())) {
                voiceByRep.computeIfAbsent(v.repId(), k -> new ArrayList<>()).add(v);
            }
        }
        for (Rep r : reps) {
            double[] values = new double[TargetsSettings.Metric.values().length];
            List<Touch> mine = touchesByRep.get(r.id());
            Set<String> customers = new HashSet<>();
            int eff = 0;
            for (Touch t : mine) {
                if (effective.isEffective(t)) {
                    eff++;
                    if (t.customerId() != null) {
                        customers.add(t.customerId());
                    }
                }
            }
            values[TargetsSettings.Metric.CUSTOMER_DEPTH.ordinal()] = customers.isEmpty() ? 0
                    : (double) eff / customers.size();
            int won = 0;
            int closed = 0;
            for (Opportunity o : opportunities.ofOwner(r.id())) {
                if (o.status() != OpportunityStatus.OPEN && o.closedAt() >= from && o.closedAt() < to) {
                    closed++;
                    won += o.status() == OpportunityStatus.WON ? 1 : 0;
                }
            }
            values[TargetsSettings.Metric.DEAL_PROGRESS.ordinal()] = closed == 0 ? 0 : 100.0 * won / closed;
            values[TargetsSettings.Metric.COMPLIANCE.ordinal()] = mine.isEmpty() ? 0
                    : 100.0 * mine.stream().filter(Touch::tagged).count() / mine.size();
            int collab = 0;
            int learning = 0;
            for (GrowthEntry g : data.growthEntries(r.id())) {
                if (!GrowthEntry.APPROVED.equals(g.status()) || g.at() < from || g.at() >= to || g.points() <= 0) {
                    continue;
                }
                if (g.kind().equals("collaboration")) {
                    collab += g.points();
                } else if (g.kind().equals("case") || g.kind().equals("certification")) {
                    learning += g.points();
                }
            }
            values[TargetsSettings.Metric.COLLABORATION.ordinal()] = collab;
            values[TargetsSettings.Metric.LEARNING.ordinal()] = learning;
            double voiceMean = voiceByRep.getOrDefault(r.id(), List.of()).stream().mapToInt(VoiceAnswer::score)
                    .average().orElse(0);
            values[TargetsSettings.Metric.CUSTOMER_VOICE.ordinal()] = voiceMean * 20;
            raw.put(r.id(), values);
        }
        return scale(raw, settings.dimensions());
    }

    /** Counts become a share of the team's best; ratios stay as they are. */
    static Map<String, List<Double>> scale(Map<String, double[]> raw, List<Dimension> dimensions) {
        Map<TargetsSettings.Metric, Double> max = new HashMap<>();
        raw.values().forEach(v -> {
            for (TargetsSettings.Metric m : TargetsSettings.Metric.values()) {
                max.merge(m, v[m.ordinal()], Math::max);
            }
        });
        Map<String, List<Double>> out = new LinkedHashMap<>();
        raw.forEach((rep, v) -> {
            List<Double> scores = new ArrayList<>();
            for (Dimension d : dimensions) {
                double value = v[d.metric().ordinal()];
                boolean relative = switch (d.metric()) {
                    case CUSTOMER_DEPTH, COLLABORATION, LEARNING -> true;
                    default -> false;
                };
                double top = max.getOrDefault(d.metric(), 0.0);
                double score = relative ? (top <= 0 ? 0 : 100 * value / top) : value;
                scores.add(Math.round(Math.min(100, Math.max(0, score)) * 10) / 10.0);
            }
            out.put(rep, scores);
        });
        return out;
    }

    static List<Double> mean(Map<String, List<Double>> scores, int axes) {
        List<Double> mean = new ArrayList<>();
        for (int a = 0; a < axes; a++) {
            int axis = a;
            mean.add(Math.round(scores.values().stream().mapToDouble(s -> s.get(axis)).average().orElse(0) * 10)
                    / 10.0);
        }
        return mean;
    }

    public Optional<Radar> radar(Rep rep, Quarter quarter) {
        if (rep.teamId() == null || !SalesMembers.counts(rep)) {
            return Optional.empty();
        }
        Map<String, List<Double>> team = teamScores(rep.teamId(), quarter);
        List<Double> mine = team.get(rep.id());
        if (mine == null) {
            return Optional.empty();
        }
        List<String> axes = settings.dimensions().stream().map(Dimension::name).toList();
        return Optional.of(new Radar(rep, quarter, axes, mine, mean(team, axes.size())));
    }

    /** R15 warnings of the quarter just ended, for every team. */
    public List<GapAlert> gapAlerts(Quarter latest) {
        int axis = settings.dimensions().stream().map(Dimension::name).toList().indexOf(settings.gapDimension());
        List<GapAlert> alerts = new ArrayList<>();
        for (var team : org.teams()) {
            Map<String, Map<Quarter, QuarterScore>> history = new HashMap<>();
            Quarter q = latest;
            for (int i = 0; i < gap.quarters(); i++) {
                Map<String, List<Double>> scores = teamScores(team.id(), q);
                double mean = scores.values().stream().mapToDouble(s -> s.get(axis)).average().orElse(0);
                for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
                    history.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(q,
                            new QuarterScore(q, e.getValue().get(axis), mean));
                }
                q = q.previous();
            }
            for (Rep r : teamReps(team.id())) {
                gap.check(latest, history.getOrDefault(r.id(), Map.of())).ifPresent(evidence ->
                        alerts.add(new GapAlert(r, settings.gapDimension(), evidence)));
            }
        }
        return alerts;
    }
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.feature.targets.port.TargetPlanStore;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.rules.capability.CapabilityMatrix;
import com.salesbot.core.rules.capability.RepCapability;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.PlanVote;
import com.salesbot.core.rules.targetplan.RepFactors;
import com.salesbot.core.rules.targetplan.RepShare;
import com.salesbot.core.rules.targetplan.TargetPlan;
import com.salesbot.core.rules.targetplan.TargetPool;
import com.salesbot.core.rules.targetplan.TargetSandbox;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case of the target sandbox (R7): gathers each rep's factors from payments and opportunities, runs the
 * three-source calibration into three plans, takes the team's ballots and turns the confirmed plan into the monthly
 * rep targets that 目标 (R9) reads. Every change is audited.
 */
public final class TargetSandboxService {
    public static final String NO_MARKET_NOTE = "未导入市场系数, 按 1.0";
    static final long DAY = 86_400_000L;

    /** What a vote or a confirmation did; {@code message} is the Chinese sentence for the person. */
    public record Outcome(boolean done, String message, PlanSession session) {
    }

    private final OrgStore org;
    private final PaymentStore payments;
    private final OpportunityStore opportunities;
    private final CustomerStore customers;
    private final TargetStore targets;
    private final TargetPlanStore plans;
    private final TargetsDataStore data;
    private final AuditLog audit;
    private final TargetsSettings settings;
    private final ZoneId zone;
    private final TargetSandbox sandbox = new TargetSandbox();

    public TargetSandboxService(OrgStore org, PaymentStore payments, OpportunityStore opportunities,
                                CustomerStore customers, TargetStore targets, TargetPlanStore plans,
                                TargetsDataStore data, AuditLog audit, TargetsSettings settings, ZoneId zone) {
        this.org = org;
        this.payments = payments;
        this.opportunities = opportunities;
        this.customers = customers;
        this.targets = targets;
        this.plans = plans;
        this.data = data;
        this.audit = audit;
        this.settings = settings;
        this.zone = zone;
    }

    /** Sales reps of the team (managers plan, they carry no split), active only, by id. */
    public List<Rep> teamReps(String teamId) {
        return org.repsOfTeam(teamId).stream().filter(r -> SalesMembers.counts(r)).toList();
    }

    /** Computes the three plans for the team's quarter and stores them as a new session open for voting. */
    public PlanSession run(String actorId, String teamId, Quarter quarter, long now, String channel) {
        List<Rep> reps = teamReps(teamId);
        if (reps.isEmpty()) {
            throw new IllegalArgumentException("团队 " + teamId + " 没有在职销售, 无法推演");
        }
        long from = Instant.ofEpochMilli(now).atZone(zone).toLocalDate().minusMonths(12).atStartOfDay(zone)
                .toInstant().toEpochMilli();
        Map<String, List<Opportunity>> opps = new HashMap<>();
        for (Rep r : reps) {
            opps.put(r.id(), opportunities.ofOwner(r.id()));
        }
        Map<String, Long> paid = new HashMap<>();
        Map<String, Long> history = new TreeMap<>();
        for (Rep r : reps) {
            long sum = 0;
            for (Payment p : payments.ofRepBetween(r.id(), from, now)) {
                sum += p.amountFen();
                history.merge(p.productLine(), p.amountFen(), Long::sum);
            }
            paid.put(r.id(), sum);
        }
        String industry = industryOf(reps);
        MarketFactor market = industry == null ? null : data.marketFactor(industry, quarter).orElse(null);
        List<String> ids = reps.stream().map(Rep::id).toList();
        List<RepFactors> factors = factors(ids, opps, paid, now);
        TargetPool pool = sandbox.pool(teamId, history, market == null ? 1.0 : market.factor(),
                market == null ? NO_MARKET_NOTE : industry + ": " + Objects.toString(market.note(), ""), factors);
        List<TargetPlan> three = sandbox.plans(pool, factors);
        PlanSession session = plans.create(new PlanSession(0, teamId, quarter, three, actorId, now, null, null, 0));
        audit.record(new AuditEntry(actorId, "target-plan.create", "target-plan", String.valueOf(session.id()), null,
                teamId + " " + quarter + " " + three.stream().map(p -> p.kind().name() + "=" + p.totalFen())
                        .collect(Collectors.joining(",")), channel, now));
        return session;
    }

    /** The factors of these reps (bench and API use this directly on loaded data). */
    public List<RepFactors> factors(List<String> repIds, Map<String, List<Opportunity>> opps,
                                    Map<String, Long> paidLast12Months, long now) {
        long from = now - 365 * DAY;
        List<Opportunity> all = opps.values().stream().flatMap(Collection::stream).toList();
        Map<String, RepCapability> matrix = new CapabilityMatrix(settings.matrixMonths(), zone)
                .compute(repIds, all, now).stream().collect(Collectors.toMap(RepCapability::repId,
                        Function.identity()));
        List<RepFactors> out = new ArrayList<>();
        for (String id : repIds) {
            List<Opportunity> mine = opps.getOrDefault(id, List.of());
            long open = 0;
            double mature = 0;
            int won = 0;
            int closed = 0;
            List<Long> cycles = new ArrayList<>();
            for (Opportunity o : mine) {
                if (o.status() == OpportunityStatus.OPEN) {
                    open += o.amountFen();
                    int known = (o.needConfirmed() ? 1 : 0) + (o.budgetConfirmed() ? 1 : 0)
                            + (o.decisionMakerKnown() ? 1 : 0);
                    mature += o.amountFen() * known / 3.0;
                } else if (o.closedAt() >= from && o.closedAt() < now) {
                    closed++;
                    if (o.status() == OpportunityStatus.WON) {
                        won++;
                        if (o.createdAt() > 0 && o.closedAt() > o.createdAt()) {
                            cycles.add((o.closedAt() - o.createdAt()) / DAY);
                        }
                    }
                }
            }
            double maturity = open == 0 ? 0 : Math.min(1, mature / open);
            double winRate = (won + 1.0) / (closed + 2.0);
            int cycle = cycles.isEmpty() ? RepFactors.QUARTER_DAYS
                    : (int) Math.max(1, CapabilityMatrix.median(cycles));
            RepCapability cap = matrix.get(id);
            out.add(new RepFactors(id, paidLast12Months.getOrDefault(id, 0L), open, maturity, winRate, cycle,
                    cap.medianDealFen(), cap.quadrant()));
        }
        return out;
    }

    /** The industry most of the team's customers are in (customer type), null when none is typed. */
    String industryOf(List<Rep> reps) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Rep r : reps) {
            for (Customer c : customers.ofOwner(r.id())) {
                if (c.type() != null && !c.type().isBlank()) {
                    counts.merge(c.type(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    public Optional<PlanSession> latest(String teamId, Quarter quarter) {
        return plans.latest(teamId, quarter);
    }

    public Optional<PlanSession> session(long id) {
        return plans.find(id);
    }

    public PlanVote voteOf(PlanSession session) {
        return new PlanVote(plans.ballots(session.id()), !session.open());
    }

    /** One ballot per team member (reps and the manager), changeable until the manager confirms. */
    public Outcome vote(Rep voter, long sessionId, PlanKind kind, long now, String channel) {
        Optional<PlanSession> found = plans.find(sessionId);
        if (found.isEmpty()) {
            return new Outcome(false, "这次推演已不存在。", null);
        }
        PlanSession s = found.get();
        if (!s.teamId().equals(voter.teamId())) {
            return new Outcome(false, "只有本团队成员可以投票。", s);
        }
        Optional<PlanKind> before = Optional.ofNullable(plans.ballots(sessionId).get(voter.id()));
        if (!plans.vote(sessionId, voter.id(), kind, now)) {
            return new Outcome(false, "投票已结束, 方案已确认为「" + s.confirmedKind().label() + "」。", s);
        }
        audit.record(new AuditEntry(voter.id(), "target-plan.vote", "target-plan", String.valueOf(sessionId),
                before.map(Enum::name).orElse(null), kind.name(), channel, now));
        return new Outcome(true, before.filter(b -> b != kind).map(b -> "已改投「" + kind.label() + "」(原为「"
                + b.label() + "」)。").orElse("已投「" + kind.label() + "」。"), s);
    }

    /**
     * The team's manager (or a director) confirms the leading plan: the vote closes and each rep's quarter share
     * becomes their three monthly targets (the remainder fen on the last month); the team level target is recorded.
     */
    public Outcome confirm(Rep actor, long sessionId, long now, String channel) {
        Optional<PlanSession> found = plans.find(sessionId);
        if (found.isEmpty()) {
            return new Outcome(false, "这次推演已不存在。", null);
        }
        PlanSession s = found.get();
        boolean allowed = DataScope.seesAll(actor)
                || (DataScope.of(actor).kind() == ScopeKind.TEAM) && s.teamId().equals(actor.teamId());
        if (!allowed) {
            return new Outcome(false, "只有本团队主管可以确认方案。", s);
        }
        PlanVote vote = voteOf(s);
        PlanKind chosen = vote.leader().orElse(PlanKind.STEADY);
        if (!plans.confirm(sessionId, chosen, actor.id(), now)) {
            return new Outcome(false, "方案已确认过了。", s);
        }
        TargetPlan plan = s.plan(chosen).orElseThrow();
        List<YearMonth> months = s.quarter().months();
        for (RepShare share : plan.shares()) {
            long[] split = TargetSandbox.months(share.amountFen());
            for (int i = 0; i < 3; i++) {
                String before = targets.find(share.repId(), months.get(i)).map(t -> String.valueOf(t.amountFen()))
                        .orElse(null);
                targets.save(new Target(share.repId(), months.get(i), split[i]));
                audit.record(new AuditEntry(actor.id(), "target.set", "target", share.repId() + "@" + months.get(i),
                        before, String.valueOf(split[i]), channel, now));
            }
        }
        data.saveLevelTarget(new LevelTarget(OrgLevel.TEAM, s.teamId(), s.quarter(), plan.totalFen()));
        audit.record(new AuditEntry(actor.id(), "target-plan.confirm", "target-plan", String.valueOf(sessionId),
                null, chosen.name() + " " + plan.totalFen() + " votes=" + vote.tally(), channel, now));
        return new Outcome(true, "已确认「" + chosen.label() + "」方案为基线, 团队成员的月度目标已更新。",
                plans.find(sessionId).orElse(s));
    }
}

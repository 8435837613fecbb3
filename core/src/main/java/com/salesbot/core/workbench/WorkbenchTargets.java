package com.salesbot.core.workbench;

import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.GrowthAccount;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.capability.RepCapability;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.PlanVote;
import com.salesbot.core.rules.targetplan.RepShare;
import com.salesbot.core.scope.DataScope;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 目标与能力: the team's latest target plans and the vote (members vote through
 * {@link TargetSandboxService#vote}, the chat's own call), the R8 capability matrix (managers and directors), a
 * person's radar and growth-account points. The team is the requester's own (every member votes) or, for a manager
 * or director, one they may see.
 */
public final class WorkbenchTargets {
    private final TargetSandboxService sandbox;
    private final CapabilityService capability;
    private final GrowthAccount growth;
    private final OrgStore org;
    private final BusinessCalendar calendar;

    public WorkbenchTargets(TargetSandboxService sandbox, CapabilityService capability, GrowthAccount growth,
                            OrgStore org, BusinessCalendar calendar) {
        this.sandbox = sandbox;
        this.capability = capability;
        this.growth = growth;
        this.org = org;
        this.calendar = calendar;
    }

    public TargetsPage page(Rep requester, String teamId, long now) {
        Team team = team(requester, teamId);
        Quarter q = Quarter.of(calendar.dayOf(now));
        Optional<PlanSession> session = sandbox.latest(team.id(), q.next()).or(() -> sandbox.latest(team.id(), q));
        Map<String, String> names = org.repsOfTeam(team.id()).stream()
                .collect(Collectors.toMap(Rep::id, Rep::name, (a, b) -> a));
        PlanView plan = session.map(s -> plan(s, requester)).orElse(null);
        boolean teamWide = DataScope.of(requester).canSeeTeam(team.id());
        List<MatrixRow> matrix = !teamWide ? List.of() : capability.matrix(team.id(), now).stream()
                .map(c -> matrixRow(c, names)).toList();
        List<GrowthRow> entries = growth.entries(requester.id()).stream().map(e -> new GrowthRow(e.kind(), e.item(),
                e.points(), e.status())).toList();
        List<Person> people = org.repsOfTeam(team.id()).stream().filter(Rep::active)
                .filter(r -> DataScope.canView(requester, r)).map(r -> new Person(r.id(), r.name())).toList();
        return new TargetsPage(team.id(), team.name(), q.toString(), plan, teamWide, matrix, people,
                growth.balance(requester.id()), entries);
    }

    /** One ballot per member, changeable until the manager confirms; the chat's call, audited with the channel. */
    public TargetSandboxService.Outcome vote(Rep voter, long sessionId, String kind, long now, String channel) {
        PlanKind k;
        try {
            k = PlanKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("没有这个方案，请重新选择");
        }
        return sandbox.vote(voter, sessionId, k, now, channel);
    }

    /** The radar of a person the requester may see (for the chart), or empty without data. */
    public Optional<CapabilityService.Radar> radar(Rep requester, String repId, long now) {
        String id = repId == null || repId.isBlank() ? requester.id() : repId;
        Rep subject = org.findRep(id).orElseThrow(() -> new NoSuchElementException("没有这个人"));
        if (!DataScope.canView(requester, subject)) {
            throw new WorkbenchDenied("只能查看自己或本团队的能力雷达");
        }
        return capability.radar(subject, Quarter.of(calendar.dayOf(now)));
    }

    /** The matrix of a team the requester may see as a whole (for the chart). */
    public List<RepCapability> matrix(Rep requester, String teamId, long now) {
        Team team = team(requester, teamId);
        if (!DataScope.of(requester).canSeeTeam(team.id())) {
            throw new WorkbenchDenied("能力矩阵只给主管和总监看");
        }
        return capability.matrix(team.id(), now);
    }

    public Map<String, String> names(String teamId) {
        return org.repsOfTeam(teamId).stream().collect(Collectors.toMap(Rep::id, Rep::name, (a, b) -> a));
    }

    public Team team(Rep requester, String teamId) {
        String id = teamId == null || teamId.isBlank() ? requester.teamId() : teamId;
        if (id == null) {
            id = org.teams().stream().findFirst().map(Team::id)
                    .orElseThrow(() -> new NoSuchElementException("还没有团队"));
        }
        boolean member = id.equals(requester.teamId());
        if (!member && !DataScope.of(requester).canSeeTeam(id)) {
            throw new WorkbenchDenied("只能查看本团队的目标");
        }
        String found = id;
        return org.findTeam(id).orElseThrow(() -> new NoSuchElementException("没有这个团队: " + found));
    }

    private PlanView plan(PlanSession s, Rep requester) {
        PlanVote vote = sandbox.voteOf(s);
        Map<PlanKind, Integer> tally = vote.tally();
        List<PlanOption> options = s.plans().stream().map(p -> new PlanOption(p.kind().name(), p.kind().label(),
                p.totalFen(), p.shares().stream().filter(r -> r.repId().equals(requester.id()))
                .mapToLong(RepShare::amountFen).sum(), tally.getOrDefault(p.kind(), 0), p.assumptions())).toList();
        return new PlanView(s.id(), s.quarter().toString(), s.open(),
                s.confirmedKind() == null ? null : s.confirmedKind().label(),
                vote.ballotOf(requester.id()).map(Enum::name).orElse(null),
                s.teamId().equals(requester.teamId()), options);
    }

    private static MatrixRow matrixRow(RepCapability c, Map<String, String> names) {
        return new MatrixRow(c.repId(), names.getOrDefault(c.repId(), c.repId()), c.wonDeals(), c.medianDealFen(),
                c.largeWinRate() == null ? null : Math.round(c.largeWinRate() * 1000) / 10.0,
                c.quadrant() == null ? "数据不足" : c.quadrant().label());
    }

    public record PlanOption(String kind, String label, long totalFen, long myShareFen, int votes,
                             List<String> assumptions) {
    }

    /** @param canVote the requester is a member of the team (only members vote) */
    public record PlanView(long sessionId, String quarter, boolean open, String confirmed, String myBallot,
                           boolean canVote, List<PlanOption> plans) {
    }

    public record MatrixRow(String repId, String repName, int wonDeals, long medianDealFen, Double largeWinRate,
                            String quadrant) {
    }

    public record GrowthRow(String kind, String item, int points, String status) {
    }

    public record Person(String id, String name) {
    }

    public record TargetsPage(String teamId, String teamName, String quarter, PlanView plan, boolean teamWide,
                              List<MatrixRow> matrix, List<Person> people, int growthPoints,
                              List<GrowthRow> growth) {
    }
}

package com.salesbot.adapters.mysql.targets;

import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.feature.targets.port.TargetPlanStore;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.RepShare;
import com.salesbot.core.rules.targetplan.TargetPlan;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Target-sandbox sessions in MySQL/H2: the plans are written once, ballots are upserts, confirmation is once. */
@Singleton
public class MyBatisTargetPlanStore implements TargetPlanStore {
    private final TargetsMapper mapper;

    public MyBatisTargetPlanStore(TargetsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public PlanSession create(PlanSession session) {
        TargetsMapper.NewSession row = new TargetsMapper.NewSession(session.teamId(), session.quarter().toString(),
                session.createdBy(), session.createdAt());
        mapper.insertSession(row);
        for (TargetPlan plan : session.plans()) {
            mapper.insertOption(row.id, plan.kind().name(), plan.totalFen(), String.join("\n", plan.assumptions()));
            for (RepShare share : plan.shares()) {
                mapper.insertShare(row.id, plan.kind().name(), share.repId(), share.amountFen(), share.weight(),
                        share.quadrant().name());
            }
        }
        return session.withId(row.id);
    }

    @Override
    @ReadOnly
    public Optional<PlanSession> find(long id) {
        return Optional.ofNullable(mapper.session(id)).map(this::load);
    }

    @Override
    @ReadOnly
    public Optional<PlanSession> latest(String teamId, Quarter quarter) {
        Long id = mapper.latestSessionId(teamId, quarter.toString());
        return id == null ? Optional.empty() : Optional.ofNullable(mapper.session(id)).map(this::load);
    }

    private PlanSession load(TargetsMapper.SessionRow row) {
        Map<String, List<RepShare>> shares = new LinkedHashMap<>();
        for (TargetsMapper.ShareRow s : mapper.shares(row.id())) {
            shares.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(new RepShare(s.repId(), s.amountFen(),
                    s.weight(), Quadrant.valueOf(s.quadrant())));
        }
        List<TargetPlan> plans = new ArrayList<>();
        Map<String, TargetsMapper.OptionRow> options = new LinkedHashMap<>();
        mapper.options(row.id()).forEach(o -> options.put(o.kind(), o));
        for (PlanKind kind : PlanKind.values()) {
            TargetsMapper.OptionRow o = options.get(kind.name());
            if (o != null) {
                plans.add(new TargetPlan(kind, o.totalFen(), shares.getOrDefault(kind.name(), List.of()),
                        o.assumptions().isEmpty() ? List.of() : Arrays.asList(o.assumptions().split("\n"))));
            }
        }
        return new PlanSession(row.id(), row.teamId(), Quarter.parse(row.quarter()), plans, row.createdBy(),
                row.createdAt(), row.confirmedKind() == null ? null : PlanKind.valueOf(row.confirmedKind()),
                row.confirmedBy(), row.confirmedAt());
    }

    @Override
    @Transactional
    public boolean vote(long sessionId, String voterId, PlanKind kind, long at) {
        List<String> state = mapper.lockSession(sessionId);
        if (state.isEmpty() || !state.get(0).isEmpty()) {
            return false;
        }
        mapper.upsertVote(sessionId, voterId, kind.name(), at);
        return true;
    }

    @Override
    @ReadOnly
    public Map<String, PlanKind> ballots(long sessionId) {
        Map<String, PlanKind> out = new LinkedHashMap<>();
        mapper.votes(sessionId).forEach(v -> out.put(v.a(), PlanKind.valueOf(v.b())));
        return out;
    }

    @Override
    @Transactional
    public boolean confirm(long sessionId, PlanKind kind, String by, long at) {
        return mapper.confirm(sessionId, kind.name(), by, at) == 1;
    }
}

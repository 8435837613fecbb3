package com.salesbot.core.feature.targets;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.rules.consensus.ConsensusResult;
import com.salesbot.core.rules.consensus.ConsensusSurvey;
import java.time.YearMonth;

/**
 * 目标共识度: team members state the team's quarter target as they understand it; the manager's card shows the
 * spread against the real one (the sum of the team's rep targets for the quarter). The audit records that someone
 * answered, never the amount, so no log can reveal an answer either.
 */
public final class ConsensusService {
    private final TargetsDataStore data;
    private final TargetStore targets;
    private final TargetSandboxService sandbox;
    private final AuditLog audit;
    private final ConsensusSurvey survey;

    public ConsensusService(TargetsDataStore data, TargetStore targets, TargetSandboxService sandbox, AuditLog audit,
                            int minAnswers) {
        this.data = data;
        this.targets = targets;
        this.sandbox = sandbox;
        this.audit = audit;
        this.survey = new ConsensusSurvey(minAnswers);
    }

    public void answer(Rep member, Quarter quarter, long amountFen, long at, String channel) {
        if (member.teamId() == null) {
            throw new IllegalArgumentException("only team members answer the consensus survey");
        }
        if (amountFen <= 0) {
            throw new IllegalArgumentException("the stated target must be above zero");
        }
        data.saveConsensusAnswer(member.teamId(), quarter, member.id(), amountFen, at);
        audit.record(new AuditEntry(member.id(), "consensus.answer", "consensus", member.teamId() + "@" + quarter,
                null, "answered", channel, at));
    }

    /** The team's quarter target: the sum of its reps' monthly targets in the quarter. */
    public long teamTarget(String teamId, Quarter quarter) {
        long sum = 0;
        for (Rep r : sandbox.teamReps(teamId)) {
            for (YearMonth m : quarter.months()) {
                sum += targets.find(r.id(), m).map(t -> t.amountFen()).orElse(0L);
            }
        }
        return sum;
    }

    public ConsensusResult result(String teamId, Quarter quarter) {
        return survey.result(teamTarget(teamId, quarter), data.consensusAnswers(teamId, quarter));
    }
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.push.MonthlyReport;
import com.salesbot.core.rules.consensus.ConsensusResult;
import com.salesbot.core.rules.decay.TargetDecay;
import com.salesbot.core.scope.DataScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets part of the scheduled monthly reports, about the quarter the month belongs to:
 * <ul>
 *   <li>every director gets the target decay (company -> region -> team -> reps) from {@link DecayService}, once
 *   at least two levels have a target ({@code target-decay:<month>:<directorId>});</li>
 *   <li>every manager gets their team's 目标共识度 card, the same one {@code 共识度} shows in chat
 *   ({@link TargetsFeature#consensusCard}), when the team has a quarter target or anyone answered
 *   ({@code target-consensus:<month>:<managerId>}). Below the minimum number of answers it shows the count only.</li>
 * </ul>
 */
public final class TargetsMonthlyReport implements MonthlyReport {
    private final OrgStore org;
    private final DecayService decay;
    private final ConsensusService consensus;
    private final TargetsFeature feature;
    private final RecipientDirectory directory;

    public TargetsMonthlyReport(OrgStore org, DecayService decay, ConsensusService consensus, TargetsFeature feature,
                                RecipientDirectory directory) {
        this.org = org;
        this.decay = decay;
        this.consensus = consensus;
        this.feature = feature;
        this.directory = directory;
    }

    @Override
    public List<Outgoing> monthly(YearMonth month, long now) {
        Quarter quarter = Quarter.of(month);
        List<Outgoing> out = new ArrayList<>(decay(month, quarter));
        out.addAll(consensus(month, quarter));
        return out;
    }

    List<Outgoing> decay(YearMonth month, Quarter quarter) {
        List<TargetDecay.Step> steps = decay.steps(quarter);
        if (steps.size() < 2) {
            return List.of();
        }
        Card card = decayCard(quarter, steps);
        List<Outgoing> out = new ArrayList<>();
        for (Rep director : org.reps().stream().filter(Rep::active).filter(DataScope::seesAll).toList()) {
            directory.to(director, card)
                    .ifPresent(r -> out.add(Outgoing.keyed("target-decay:" + month + ":" + director.id(), r)));
        }
        return out;
    }

    static Card decayCard(Quarter quarter, List<TargetDecay.Step> steps) {
        List<String> lines = new ArrayList<>();
        lines.add("目标从上往下传导时, 每一层保留了上一层的多少:");
        lines.addAll(DecayService.lines(steps));
        TargetDecay.Step last = steps.get(steps.size() - 1);
        if (last.overallRatio() != null) {
            lines.add("最底层合计是最高层目标的 " + Math.round(last.overallRatio() * 100) + "%。"
                    + (last.overallRatio() < 1 ? "差额落在哪一层, 值得一起看看。" : ""));
        }
        return new Card(quarter + " 目标传导衰减", Tone.NORMAL, lines, List.of(), null, List.of(), null, null);
    }

    List<Outgoing> consensus(YearMonth month, Quarter quarter) {
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            ConsensusResult result = consensus.result(team.id(), quarter);
            if (result.answers() == 0 && consensus.teamTarget(team.id(), quarter) == 0) {
                continue;
            }
            Card card = feature.consensusCard(team, quarter);
            for (Rep manager : DataScope.managersOf(team.id(), org.repsOfTeam(team.id()))) {
                directory.to(manager, card)
                        .ifPresent(r -> out.add(Outgoing.keyed("target-consensus:" + month + ":" + manager.id(), r)));
            }
        }
        return out;
    }
}

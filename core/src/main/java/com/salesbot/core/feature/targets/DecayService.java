package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.decay.TargetDecay;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Target decay for the director's monthly card: company (recorded), regions (sum of recorded region targets), teams
 * (sum of recorded team targets) and reps (sum of the reps' monthly targets in the quarter).
 */
public final class DecayService {
    private final TargetsDataStore data;
    private final OrgStore org;
    private final TargetStore targets;

    public DecayService(TargetsDataStore data, OrgStore org, TargetStore targets) {
        this.data = data;
        this.org = org;
        this.targets = targets;
    }

    public List<TargetDecay.Step> steps(Quarter quarter) {
        Map<OrgLevel, Long> amounts = new EnumMap<>(OrgLevel.class);
        for (LevelTarget t : data.levelTargets(quarter)) {
            amounts.merge(t.level(), t.amountFen(), Long::sum);
        }
        long reps = 0;
        for (YearMonth m : quarter.months()) {
            for (var t : targets.ofMonth(m)) {
                reps += org.findRep(t.repId()).filter(r -> SalesMembers.counts(r)).isPresent()
                        ? t.amountFen() : 0;
            }
        }
        if (reps > 0) {
            amounts.put(OrgLevel.REP, reps);
        }
        return TargetDecay.steps(amounts);
    }

    /** One line per step for a card, e.g. "区域 800万 (保留 80%)". */
    public static List<String> lines(List<TargetDecay.Step> steps) {
        return steps.stream().map(s -> s.level().label() + " " + TargetCards.wan(s.amountFen())
                + (s.keptRatio() == null ? "" : " (保留 " + Math.round(s.keptRatio() * 100) + "%)")).toList();
    }

}

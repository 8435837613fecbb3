package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.rules.capability.GapWarning.QuarterScore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R15 能力断层预警 -> 客户成功部协同辅导计划: for every rep whose watched radar axis stayed below the configured share
 * of the team mean for the configured number of quarters, one card with the plan template and the evidence (the
 * rep's score and the team mean per quarter) to the rep, their manager and the CS lead. It names only that rep and
 * shows no one else's score: a coaching plan, never a ranking.
 */
public final class GapCoaching {
    private final CapabilityService capability;
    private final OrgStore org;
    private final TargetsSettings settings;
    private final AuditLog audit;

    public GapCoaching(CapabilityService capability, OrgStore org, TargetsSettings settings, AuditLog audit) {
        this.capability = capability;
        this.org = org;
        this.settings = settings;
        this.audit = audit;
    }

    /** The cards, each keyed {@code gap-plan:<quarter>:<channel>:<recipient>:<repId>} (one per quarter and recipient). */
    public List<Outgoing> cards(Quarter latest, RecipientDirectory directory, long now) {
        List<Outgoing> out = new ArrayList<>();
        for (CapabilityService.GapAlert alert : capability.gapAlerts(latest)) {
            Card card = card(alert);
            Set<Rep> to = new LinkedHashSet<>();
            to.add(alert.rep());
            org.repsOfTeam(alert.rep().teamId()).stream().filter(r -> DataScope.managesTeam(r, alert.rep().teamId()))
                    .forEach(to::add);
            if (settings.csLeadId() != null) {
                org.findRep(settings.csLeadId()).filter(Rep::active).ifPresent(to::add);
            }
            to.forEach(r -> directory.to(r, card).ifPresent(o -> out.add(Outgoing.keyed("gap-plan:" + latest + ":"
                    + o.channel() + ":" + o.recipient() + ":" + alert.rep().id(), o))));
            audit.record(new AuditEntry("system", "capability.gap-plan", "rep", alert.rep().id(), null,
                    latest + " " + alert.dimension(), "system", now));
        }
        return out;
    }

    Card card(CapabilityService.GapAlert alert) {
        List<String> lines = new ArrayList<>();
        lines.add(alert.rep().name() + "的「" + alert.dimension() + "」连续 " + alert.evidence().size()
                + " 个季度低于团队均值的一半。客户成功部协同辅导计划:");
        settings.coachingPlan().forEach(l -> lines.add("· " + l));
        lines.add("这是辅导计划, 不是排名或考核。");
        List<CardField> fields = new ArrayList<>();
        for (QuarterScore s : alert.evidence()) {
            fields.add(new CardField(s.quarter().toString(), TargetsFeature.fmt(s.score()) + " 分 (团队均值 "
                    + TargetsFeature.fmt(s.teamMean()) + ")", false));
        }
        return new Card("客户成功部协同辅导计划 · " + alert.rep().name(), Tone.WARNING, lines, fields, null, List.of(),
                null, null);
    }
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.feature.targets.TargetsSettings.Redemption;
import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.OrgStore;
import java.util.Optional;

/**
 * R14 能力成长账户: points for collaboration, reusable cases and certifications (imported approved, or claimed in
 * chat and approved by the manager with a tap) and redemptions from the catalogue (approved by the manager). The
 * balance counts approved entries plus pending redemptions, so points cannot be spent twice while waiting.
 */
public final class GrowthAccount {
    private final OrgStore org;
    private final TargetsDataStore data;
    private final AuditLog audit;
    private final TargetsSettings settings;

    public GrowthAccount(OrgStore org, TargetsDataStore data, AuditLog audit, TargetsSettings settings) {
        this.org = org;
        this.data = data;
        this.audit = audit;
        this.settings = settings;
    }

    public int balance(String repId) {
        return data.growthEntries(repId).stream().filter(e -> GrowthEntry.APPROVED.equals(e.status())
                || GrowthEntry.PENDING.equals(e.status()) && e.points() < 0).mapToInt(GrowthEntry::points).sum();
    }

    public java.util.List<GrowthEntry> entries(String repId) {
        return data.growthEntries(repId);
    }

    public Optional<GrowthEntry> entry(long id) {
        return data.growthEntry(id);
    }

    /** IllegalArgumentException naming the known kinds when {@code kind} earns no points. */
    public void pointsCheck(String kind) {
        settings.pointsFor(kind);
    }

    /** Imported (already approved) points, e.g. a passed certification from the LMS. */
    public GrowthEntry award(String repId, String kind, String item, long at, String actor, String channel) {
        GrowthEntry e = data.addGrowthEntry(new GrowthEntry(0, repId, kind, item, settings.pointsFor(kind),
                GrowthEntry.APPROVED, at, actor));
        audit.record(new AuditEntry(actor, "growth.award", "growth-entry", String.valueOf(e.id()), null,
                repId + " " + kind + " " + e.points(), channel, at));
        return e;
    }

    public GrowthEntry claim(Rep rep, String kind, String item, long at, String channel) {
        GrowthEntry e = data.addGrowthEntry(new GrowthEntry(0, rep.id(), kind, item, settings.pointsFor(kind),
                GrowthEntry.PENDING, at, null));
        audit.record(new AuditEntry(rep.id(), "growth.claim", "growth-entry", String.valueOf(e.id()), null,
                kind + " " + e.points(), channel, at));
        return e;
    }

    /** Empty when the item is unknown or the balance is short. */
    public Optional<GrowthEntry> redeem(Rep rep, String itemId, long at, String channel) {
        Optional<Redemption> item = settings.catalogue().stream().filter(r -> r.id().equals(itemId)).findFirst();
        if (item.isEmpty() || balance(rep.id()) < item.get().points()) {
            return Optional.empty();
        }
        GrowthEntry e = data.addGrowthEntry(new GrowthEntry(0, rep.id(), "redemption", itemId,
                -item.get().points(), GrowthEntry.PENDING, at, null));
        audit.record(new AuditEntry(rep.id(), "growth.redeem", "growth-entry", String.valueOf(e.id()), null,
                itemId + " " + e.points(), channel, at));
        return Optional.of(e);
    }

    /** The rep's manager (same team) or a director decides a pending entry; false when not allowed or not pending. */
    public boolean decide(Rep manager, long entryId, boolean approve, long at, String channel) {
        Optional<GrowthEntry> entry = data.growthEntry(entryId);
        if (entry.isEmpty()) {
            return false;
        }
        boolean allowed = DataScope.seesAll(manager) || (DataScope.of(manager).kind() == ScopeKind.TEAM)
                && org.findRep(entry.get().repId()).map(r -> manager.teamId().equals(r.teamId())).orElse(false);
        if (!allowed) {
            return false;
        }
        String status = approve ? GrowthEntry.APPROVED : GrowthEntry.REJECTED;
        boolean done = data.decideGrowthEntry(entryId, status, manager.id());
        if (done) {
            audit.record(new AuditEntry(manager.id(), approve ? "growth.approve" : "growth.reject", "growth-entry",
                    String.valueOf(entryId), GrowthEntry.PENDING, status, channel, at));
        }
        return done;
    }
}

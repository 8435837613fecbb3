package com.salesbot.core.scope;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Require;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that decides what a requester may see and change (docs/design.md, data rules): a rep their own data, a manager their team
 * (every member, including other managers of the team), a director everything, an inactive person nothing. A
 * manager without a team sees nobody but themself. Data is attributed to a rep (owner of a customer, lead,
 * opportunity, touch); data whose owner is unknown or not in the org is visible to directors only. The black list
 * of R20 is for managers and directors only. Who receives a team's pushes (its managers) and the company-wide ones
 * (directors) is decided here too, so chat, queries, pushes and the sandbox never test a role themselves.
 */
public final class DataScope {
    private final Rep requester;
    private final ScopeKind kind;

    private DataScope(Rep requester, ScopeKind kind) {
        this.requester = requester;
        this.kind = kind;
    }

    public static DataScope of(Rep requester) {
        Require.present(requester, "requester");
        if (!requester.active()) {
            return new DataScope(requester, ScopeKind.NONE);
        }
        return switch (requester.role()) {
            case REP -> new DataScope(requester, ScopeKind.SELF);
            case MANAGER -> new DataScope(requester, ScopeKind.TEAM);
            case DIRECTOR -> new DataScope(requester, ScopeKind.ALL);
        };
    }

    public ScopeKind kind() {
        return kind;
    }

    public Rep requester() {
        return requester;
    }

    public boolean canSee(Rep subject) {
        if (subject == null) {
            return kind == ScopeKind.ALL;
        }
        return switch (kind) {
            case SELF -> subject.id().equals(requester.id());
            case TEAM -> subject.id().equals(requester.id()) || sameTeam(requester, subject.teamId());
            case ALL -> true;
            case NONE -> false;
        };
    }

    /** Whether the requester may see a team as a whole (team target, team heatmap). */
    public boolean canSeeTeam(String teamId) {
        return kind == ScopeKind.ALL || (kind == ScopeKind.TEAM && sameTeam(requester, teamId));
    }

    /** R20 黑榜仅内部通报: managers and directors. */
    public boolean canSeeBlackList() {
        return kind == ScopeKind.TEAM || kind == ScopeKind.ALL;
    }

    /** Whether the requester may change the subject's data (record, edit, act for them): the same reach as seeing. */
    public boolean canChange(Rep subject) {
        return subject != null && canSee(subject);
    }

    /** The people in {@code org} whose data the requester may see, in their order. */
    public List<Rep> visibleReps(Collection<Rep> org) {
        return org.stream().filter(this::canSee).toList();
    }

    // ---- the static forms callers use

    /** Whether {@code requester} may see {@code subject}'s data. */
    public static boolean canView(Rep requester, Rep subject) {
        return of(requester).canSee(subject);
    }

    /** Whether {@code requester} may change {@code subject}'s data. */
    public static boolean canChange(Rep requester, Rep subject) {
        return of(requester).canChange(subject);
    }

    /** The people in {@code all} whose data {@code requester} may see, in their order. */
    public static List<Rep> visibleReps(Rep requester, Collection<Rep> all) {
        return of(requester).visibleReps(all);
    }

    /** Whether {@code person} is an active manager of {@code subject}'s team (not of a missing team). */
    public static boolean isManagerOf(Rep person, Rep subject) {
        return subject != null && managesTeam(person, subject.teamId());
    }

    /** Whether {@code person} is an active manager of the team: who receives the team's digests and alerts. */
    public static boolean managesTeam(Rep person, String teamId) {
        return of(person).kind == ScopeKind.TEAM && sameTeam(person, teamId);
    }

    /** The active managers of the team among {@code people}, in their order. */
    public static List<Rep> managersOf(String teamId, Collection<Rep> people) {
        return people.stream().filter(p -> managesTeam(p, teamId)).toList();
    }

    /** Whether {@code person} sees the whole company (an active director): who receives company-wide pushes. */
    public static boolean seesAll(Rep person) {
        return of(person).kind == ScopeKind.ALL;
    }

    /**
     * Who receives operational alerts (a sudden zero that looks like a tool problem): the active people whose ids
     * are configured as admins ({@code salesbot.admins}); when none is configured or none of them is active, the
     * active directors. Being an admin routes these alerts and opens the workbench admin area; it widens no data scope.
     */
    public static List<Rep> adminsAmong(Collection<Rep> people, Set<String> adminIds) {
        List<Rep> admins = people.stream().filter(p -> p.active() && adminIds.contains(p.id())).toList();
        return admins.isEmpty() ? people.stream().filter(DataScope::seesAll).toList() : admins;
    }

    /**
     * The largest discount (percent off the list price) {@code person} may put on a quote, from the configured
     * range per role (config/pricing/price-list.yml); 0 for an inactive person or a role without a range.
     */
    public static int authorisedDiscount(Rep person, java.util.Map<com.salesbot.core.model.Role, Integer> byRole) {
        if (person == null || !person.active()) {
            return 0;
        }
        return byRole.getOrDefault(person.role(), 0);
    }

    private static boolean sameTeam(Rep requester, String teamId) {
        return requester.teamId() != null && requester.teamId().equals(teamId);
    }

    /** Ids of the people in {@code org} whose data the requester may see. */
    public Set<String> visibleRepIds(Collection<Rep> org) {
        return org.stream().filter(this::canSee).map(Rep::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The items the requester may see, in their order.
     *
     * @param ownerRepId the rep an item belongs to (null when unassigned)
     * @param org        everyone, by id
     */
    public <T> List<T> filter(Collection<T> items, Function<T, String> ownerRepId, Map<String, Rep> org) {
        if (kind == ScopeKind.ALL) {
            return List.copyOf(items);
        }
        if (kind == ScopeKind.NONE) {
            return List.of();
        }
        return items.stream().filter(item -> {
            String owner = ownerRepId.apply(item);
            return owner != null && canSee(org.get(owner));
        }).toList();
    }
}

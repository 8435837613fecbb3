package com.salesbot.core.workbench;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.scope.ScopeKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signing in to the workbench: a platform user id becomes an active person of the org (WeCom userid or
 * DingTalk staff id), and what the person may open follows from {@link DataScope}. The admin area is for people who
 * see the whole company (directors) and the configured admins ({@code salesbot.admins}, the people sales-ops names
 * to run the bot); the API token also opens it.
 */
public final class WorkbenchPeople {
    private final OrgStore org;
    private final Set<String> adminIds;

    public WorkbenchPeople(OrgStore org, Set<String> adminIds) {
        this.org = org;
        this.adminIds = Set.copyOf(adminIds);
    }

    public Optional<Rep> byWecomUserId(String userId) {
        return userId == null || userId.isBlank() ? Optional.empty()
                : org.findRepByWecomUserId(userId).filter(Rep::active);
    }

    public Optional<Rep> byDingtalkStaffId(String staffId) {
        return staffId == null || staffId.isBlank() ? Optional.empty()
                : org.findRepByDingtalkStaffId(staffId).filter(Rep::active);
    }

    /** The active person behind a session (a person who left since signing in has no session any more). */
    public Optional<Rep> byId(String repId) {
        return repId == null || repId.isBlank() ? Optional.empty() : org.findRep(repId).filter(Rep::active);
    }

    /** The people a demo sign-in may choose from (embedded default only): every active person. */
    public List<Rep> demoPeople() {
        return org.reps().stream().filter(Rep::active).toList();
    }

    /** What the page shows about the signed-in person and which areas it offers. */
    public Me me(Rep person) {
        DataScope scope = DataScope.of(person);
        String teamName = person.teamId() == null ? null
                : org.findTeam(person.teamId()).map(Team::name).orElse(person.teamId());
        boolean team = scope.kind() == ScopeKind.TEAM || scope.kind() == ScopeKind.ALL;
        return new Me(person.id(), person.name(), person.teamId(), teamName, scopeLabel(scope.kind()), team,
                isAdmin(person));
    }

    /** The admin area (imports, audit log, configuration): people who see the whole company, and the admins. */
    public boolean isAdmin(Rep person) {
        return DataScope.seesAll(person) || (person.active() && adminIds.contains(person.id()));
    }

    private static String scopeLabel(ScopeKind kind) {
        return switch (kind) {
            case SELF -> "本人";
            case TEAM -> "本团队";
            case ALL -> "全公司";
            case NONE -> "无";
        };
    }

    /**
     * @param scope    who the person's data reach covers, for people (本人 / 本团队 / 全公司)
     * @param teamArea whether the 团队 page is offered (managers and directors)
     * @param admin    whether the 管理 page is offered
     */
    public record Me(String id, String name, String teamId, String teamName, String scope, boolean teamArea,
                     boolean admin) {
    }
}

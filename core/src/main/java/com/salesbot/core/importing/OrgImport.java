package com.salesbot.core.importing;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Import of teams and people (reps, managers, directors with their WeCom and DingTalk ids). */
public final class OrgImport {
    private final OrgStore org;
    private final BatchImporter batches;
    private final Clock clock;

    OrgImport(OrgStore org, BatchImporter batches, Clock clock) {
        this.org = org;
        this.batches = batches;
        this.clock = clock;
    }

    /** Columns: id, name. */
    public ImportReport teams(List<Map<String, String>> rows) {
        return batches.run("teams", rows, f -> {
            String id = f.required("id", 64);
            String name = f.required("name", 128);
            return id == null || name == null ? null : new Team(id, name);
        }, Team::id, "id", org::saveTeam);
    }

    /** Columns: id, name, role (REP/MANAGER/DIRECTOR), teamId, wecomUserId, dingtalkStaffId, joinedOn, active. */
    public ImportReport people(List<Map<String, String>> rows) {
        return batches.run("people", rows, this::person, Rep::id, "id", org::saveRep);
    }

    private Rep person(RowFields f) {
        String id = f.required("id", 64);
        String name = f.required("name", 64);
        Role role = f.choice("role", Role.class, true);
        String teamId = f.optional("teamId");
        if (teamId != null && org.findTeam(teamId).isEmpty()) {
            f.error("teamId", "团队不存在，请先导入团队: " + teamId);
        } else if (teamId == null && role != null && role != Role.DIRECTOR) {
            f.error("teamId", "销售和经理必须属于一个团队");
        }
        String wecom = f.optional("wecomUserId");
        String dingtalk = f.optional("dingtalkStaffId");
        owner(f, "wecomUserId", id, wecom == null ? Optional.empty() : org.findRepByWecomUserId(wecom));
        owner(f, "dingtalkStaffId", id, dingtalk == null ? Optional.empty() : org.findRepByDingtalkStaffId(dingtalk));
        LocalDate joined = f.date("joinedOn", false);
        boolean active = f.flag("active", true);
        if (id == null || name == null || role == null) {
            return null;
        }
        return new Rep(id, name, teamId, role, wecom, dingtalk, joined == null ? LocalDate.now(clock) : joined,
                active);
    }

    private static void owner(RowFields f, String field, String id, Optional<Rep> holder) {
        holder.filter(other -> !other.id().equals(id))
                .ifPresent(other -> f.error(field, "已被 " + other.id() + " 使用"));
    }
}

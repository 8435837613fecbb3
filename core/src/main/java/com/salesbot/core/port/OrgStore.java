package com.salesbot.core.port;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams, people and absences. Saves are upserts by id. */
public interface OrgStore {
    void saveTeam(Team team);

    void saveRep(Rep rep);

    Optional<Team> findTeam(String teamId);

    Optional<Rep> findRep(String repId);

    Optional<Rep> findRepByWecomUserId(String wecomUserId);

    Optional<Rep> findRepByDingtalkStaffId(String dingtalkStaffId);

    /** The person per WeCom userid, as {@link #findRepByWecomUserId} each; unknown ids are left out. */
    default Map<String, Rep> findRepsByWecomUserIds(Collection<String> wecomUserIds) {
        Map<String, Rep> found = new HashMap<>();
        for (String id : wecomUserIds) {
            findRepByWecomUserId(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    /** The person per DingTalk staff id, as {@link #findRepByDingtalkStaffId} each; unknown ids are left out. */
    default Map<String, Rep> findRepsByDingtalkStaffIds(Collection<String> staffIds) {
        Map<String, Rep> found = new HashMap<>();
        for (String id : staffIds) {
            findRepByDingtalkStaffId(id).ifPresent(r -> found.put(id, r));
        }
        return found;
    }

    List<Team> teams();

    /** Everyone, ordered by id. */
    List<Rep> reps();

    /** Members of a team (reps and managers), ordered by id. */
    List<Rep> repsOfTeam(String teamId);

    void saveAbsence(Absence absence);

    /** Absences overlapping the inclusive day range. */
    List<Absence> absences(LocalDate from, LocalDate to);
}

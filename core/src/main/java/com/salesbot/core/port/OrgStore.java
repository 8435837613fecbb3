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
import java.util.function.Function;

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
        return eachOf(wecomUserIds, this::findRepByWecomUserId);
    }

    /** The person per DingTalk staff id, as {@link #findRepByDingtalkStaffId} each; unknown ids are left out. */
    default Map<String, Rep> findRepsByDingtalkStaffIds(Collection<String> staffIds) {
        return eachOf(staffIds, this::findRepByDingtalkStaffId);
    }

    /** The person per id by a single lookup each; unknown ids are left out. */
    private static Map<String, Rep> eachOf(Collection<String> ids, Function<String, Optional<Rep>> find) {
        Map<String, Rep> found = new HashMap<>();
        for (String id : ids) {
            find.apply(id).ifPresent(r -> found.put(id, r));
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

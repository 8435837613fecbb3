package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for teams, reps and absences (OrgMapper.xml). */
public interface OrgMapper {
    void upsertTeam(Team team);

    void upsertRep(Rep rep);

    Team findTeam(String id);

    Rep findRep(String id);

    Rep findRepByWecomUserId(String wecomUserId);

    /** Every person holding one of the ids, active first, then by id. */
    List<Rep> repsByWecomUserIds(@Param("ids") Collection<String> ids);

    /** Every person holding one of the ids, active first, then by id. */
    List<Rep> repsByDingtalkStaffIds(@Param("ids") Collection<String> ids);

    Rep findRepByDingtalkStaffId(String dingtalkStaffId);

    List<Team> teams();

    List<Rep> reps();

    List<Rep> repsOfTeam(String teamId);

    void upsertAbsence(Absence absence);

    List<Absence> absences(@Param("from") LocalDate from, @Param("to") LocalDate to);
}

package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.OrgMapper;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Teams, reps and absences in MySQL/H2. */
@Singleton
public class MyBatisOrgStore implements OrgStore {
    private final OrgMapper mapper;

    public MyBatisOrgStore(OrgMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void saveTeam(Team team) {
        mapper.upsertTeam(team);
    }

    @Override
    @Transactional
    public void saveRep(Rep rep) {
        mapper.upsertRep(rep);
    }

    @Override
    @ReadOnly
    public Optional<Team> findTeam(String teamId) {
        return Optional.ofNullable(mapper.findTeam(teamId));
    }

    @Override
    @ReadOnly
    public Optional<Rep> findRep(String repId) {
        return Optional.ofNullable(mapper.findRep(repId));
    }

    @Override
    @ReadOnly
    public Optional<Rep> findRepByWecomUserId(String wecomUserId) {
        return Optional.ofNullable(mapper.findRepByWecomUserId(wecomUserId));
    }

    @Override
    @ReadOnly
    public Optional<Rep> findRepByDingtalkStaffId(String dingtalkStaffId) {
        return Optional.ofNullable(mapper.findRepByDingtalkStaffId(dingtalkStaffId));
    }

    /** One query; a platform id reused after someone left maps to the active person, as the single lookup. */
    @Override
    @ReadOnly
    public Map<String, Rep> findRepsByWecomUserIds(Collection<String> wecomUserIds) {
        return wecomUserIds.isEmpty() ? Map.of()
                : firstOfEach(mapper.repsByWecomUserIds(wecomUserIds), Rep::wecomUserId);
    }

    @Override
    @ReadOnly
    public Map<String, Rep> findRepsByDingtalkStaffIds(Collection<String> staffIds) {
        return staffIds.isEmpty() ? Map.of()
                : firstOfEach(mapper.repsByDingtalkStaffIds(staffIds), Rep::dingtalkStaffId);
    }

    /** The first person per platform id of a list ordered active first. */
    private static Map<String, Rep> firstOfEach(List<Rep> activeFirst, Function<Rep, String> id) {
        Map<String, Rep> found = new HashMap<>();
        activeFirst.forEach(r -> found.putIfAbsent(id.apply(r), r));
        return found;
    }

    @Override
    @ReadOnly
    public List<Team> teams() {
        return mapper.teams();
    }

    @Override
    @ReadOnly
    public List<Rep> reps() {
        return mapper.reps();
    }

    @Override
    @ReadOnly
    public List<Rep> repsOfTeam(String teamId) {
        return mapper.repsOfTeam(teamId);
    }

    /** Upsert by (rep, first day): saving the same start again moves its end. */
    @Override
    @Transactional
    public void saveAbsence(Absence absence) {
        mapper.upsertAbsence(absence);
    }

    @Override
    @ReadOnly
    public List<Absence> absences(LocalDate from, LocalDate to) {
        return mapper.absences(from, to);
    }
}

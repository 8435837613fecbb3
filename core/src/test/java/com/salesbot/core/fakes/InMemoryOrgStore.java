package com.salesbot.core.fakes;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link OrgStore} in memory for core tests: upserts by id, lists ordered by id, a platform id reused by a person
 * who left finds the active one; held to the MySQL store's contract by InMemoryMasterDataStoreContractTest.
 */
public final class InMemoryOrgStore implements OrgStore {
    private static final java.util.Comparator<Rep> ACTIVE_FIRST =
            java.util.Comparator.comparing((Rep r) -> !r.active()).thenComparing(Rep::id);
    private final ConcurrentSkipListMap<String, Team> teams = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<String, Rep> reps = new ConcurrentSkipListMap<>();
    private final List<Absence> absences = new CopyOnWriteArrayList<>();

    @Override
    public void saveTeam(Team team) {
        teams.put(team.id(), team);
    }

    @Override
    public void saveRep(Rep rep) {
        reps.put(rep.id(), rep);
    }

    @Override
    public Optional<Team> findTeam(String teamId) {
        return Optional.ofNullable(teams.get(teamId));
    }

    @Override
    public Optional<Rep> findRep(String repId) {
        return Optional.ofNullable(reps.get(repId));
    }

    /** How many lookups by platform id were made one id at a time, and how many for several ids at once. */
    public final AtomicInteger singleLookups = new AtomicInteger();
    public final AtomicInteger batchLookups = new AtomicInteger();

    @Override
    public Map<String, Rep> findRepsByWecomUserIds(Collection<String> ids) {
        return each(ids, this::byWecom);
    }

    @Override
    public Map<String, Rep> findRepsByDingtalkStaffIds(Collection<String> ids) {
        return each(ids, this::byDingtalk);
    }

    private Map<String, Rep> each(Collection<String> ids, Function<String, Optional<Rep>> find) {
        batchLookups.incrementAndGet();
        Map<String, Rep> found = new HashMap<>();
        ids.forEach(id -> find.apply(id).ifPresent(r -> found.put(id, r)));
        return found;
    }

    @Override
    public Optional<Rep> findRepByWecomUserId(String wecomUserId) {
        singleLookups.incrementAndGet();
        return byWecom(wecomUserId);
    }

    @Override
    public Optional<Rep> findRepByDingtalkStaffId(String dingtalkStaffId) {
        singleLookups.incrementAndGet();
        return byDingtalk(dingtalkStaffId);
    }

    private Optional<Rep> byWecom(String wecomUserId) {
        return reps.values().stream().filter(r -> Objects.equals(r.wecomUserId(), wecomUserId))
                .min(ACTIVE_FIRST);
    }

    private Optional<Rep> byDingtalk(String dingtalkStaffId) {
        return reps.values().stream().filter(r -> Objects.equals(r.dingtalkStaffId(), dingtalkStaffId))
                .min(ACTIVE_FIRST);
    }

    @Override
    public List<Team> teams() {
        return List.copyOf(teams.values());
    }

    @Override
    public List<Rep> reps() {
        return List.copyOf(reps.values());
    }

    @Override
    public List<Rep> repsOfTeam(String teamId) {
        return reps.values().stream().filter(r -> Objects.equals(r.teamId(), teamId)).toList();
    }

    @Override
    public synchronized void saveAbsence(Absence absence) {
        // one absence per rep and start day, like the table's key: saving again moves its end
        absences.removeIf(a -> a.repId().equals(absence.repId()) && a.from().equals(absence.from()));
        absences.add(absence);
    }

    /** The absence of a rep starting on a day, as the absences table's key finds it. */
    public java.util.Optional<Absence> absence(String repId, LocalDate from) {
        return absences.stream().filter(a -> a.repId().equals(repId) && a.from().equals(from)).findFirst();
    }

    public boolean removeAbsence(String repId, LocalDate from) {
        return absences.removeIf(a -> a.repId().equals(repId) && a.from().equals(from));
    }

    @Override
    public List<Absence> absences(LocalDate from, LocalDate to) {
        return absences.stream().filter(a -> !a.to().isBefore(from) && !a.from().isAfter(to)).toList();
    }
}

package com.salesbot.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkbenchPeopleTest {
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final Rep director = rep("d1", null, Role.DIRECTOR, true);
    private final Rep manager = rep("m1", "t1", Role.MANAGER, true);
    private final Rep opsRep = rep("r1", "t1", Role.REP, true);
    private final Rep leftOps = rep("r2", "t1", Role.REP, false);

    private static Rep rep(String id, String team, Role role, boolean active) {
        return new Rep(id, id, team, role, "wx-" + id, null, LocalDate.of(2025, 1, 2), active);
    }

    @Test
    void theAdminAreaIsForDirectorsAndTheConfiguredAdminsWhoAreStillActive() {
        org.saveTeam(new Team("t1", "一组"));
        WorkbenchPeople people = new WorkbenchPeople(org, Set.of("r1", "r2"));
        assertThat(people.isAdmin(director)).isTrue();
        assertThat(people.isAdmin(opsRep)).isTrue();
        assertThat(people.isAdmin(manager)).isFalse();
        assertThat(people.isAdmin(leftOps)).isFalse();
        assertThat(new WorkbenchPeople(org, Set.of()).isAdmin(opsRep)).isFalse();
    }

    @Test
    void signInFindsOnlyActivePeople() {
        org.saveRep(opsRep);
        org.saveRep(leftOps);
        WorkbenchPeople people = new WorkbenchPeople(org, Set.of());
        assertThat(people.byWecomUserId("wx-r1")).contains(opsRep);
        assertThat(people.byWecomUserId("wx-r2")).isEmpty();
        assertThat(people.byWecomUserId(" ")).isEmpty();
    }
}

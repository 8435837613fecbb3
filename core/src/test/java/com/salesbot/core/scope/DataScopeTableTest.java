package com.salesbot.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.testdata.RepBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rule as one table: requester (rep / manager / director, in team "east" or without a team, active or
 * not) x subject (themself, a rep and a manager of their team, a rep of another team, someone without a team).
 * Only directors may be without a team ({@link Rep} requires one of everyone else), so "no team" is a director.
 */
class DataScopeTableTest {
    private static final Rep EAST_REP = RepBuilder.rep("east-rep").team("east").build();
    private static final Rep EAST_MANAGER = RepBuilder.manager("east-manager", "east");
    private static final Rep SOUTH_REP = RepBuilder.rep("south-rep").team("south").build();
    private static final Rep NO_TEAM = RepBuilder.director("no-team");
    private static final Map<String, Rep> SUBJECTS = Map.of("ownTeamRep", EAST_REP, "ownTeamManager", EAST_MANAGER,
            "otherTeamRep", SOUTH_REP, "noTeam", NO_TEAM);

    private static Rep requester(Role role, String team, boolean active) {
        RepBuilder b = RepBuilder.rep("requester").role(role).team(team.equals("-") ? null : team);
        return active ? b.build() : b.inactive().build();
    }

    @ParameterizedTest(name = "{0} team={1} active={2}: self={3} ownTeamRep={4} ownTeamManager={5} otherTeamRep={6} noTeam={7}")
    @CsvSource({
            // role,    team, active, self,  ownTeamRep, ownTeamManager, otherTeamRep, noTeam
            "REP,       east, true,   true,  false,      false,          false,        false",
            "REP,       east, false,  false, false,      false,          false,        false",
            "MANAGER,   east, true,   true,  true,       true,           false,        false",
            "MANAGER,   east, false,  false, false,      false,          false,        false",
            "DIRECTOR,  -,    true,   true,  true,       true,           true,         true",
            "DIRECTOR,  -,    false,  false, false,      false,          false,        false",
            "DIRECTOR,  east, true,   true,  true,       true,           true,         true",
            "DIRECTOR,  east, false,  false, false,      false,          false,        false"})
    void whoMaySeeAndChangeWhom(Role role, String team, boolean active, boolean self, boolean ownTeamRep,
                                boolean ownTeamManager, boolean otherTeamRep, boolean noTeam) {
        Rep requester = requester(role, team, active);
        Map<String, Boolean> expected = Map.of("ownTeamRep", ownTeamRep, "ownTeamManager", ownTeamManager,
                "otherTeamRep", otherTeamRep, "noTeam", noTeam);
        assertThat(DataScope.canView(requester, requester)).as("self").isEqualTo(self);
        assertThat(DataScope.canChange(requester, requester)).as("change self").isEqualTo(self);
        expected.forEach((name, may) -> {
            assertThat(DataScope.canView(requester, SUBJECTS.get(name))).as("view " + name).isEqualTo(may);
            assertThat(DataScope.canChange(requester, SUBJECTS.get(name))).as("change " + name).isEqualTo(may);
        });
        List<Rep> everyone = List.of(requester, EAST_REP, EAST_MANAGER, SOUTH_REP, NO_TEAM);
        assertThat(DataScope.visibleReps(requester, everyone)).as("visible, in order").containsExactlyElementsOf(
                everyone.stream().filter(r -> r == requester ? self
                        : expected.get(SUBJECTS.entrySet().stream().filter(e -> e.getValue() == r)
                        .findFirst().orElseThrow().getKey())).toList());
        assertThat(DataScope.canChange(requester, null)).as("unknown owner: nobody may change").isFalse();
    }

    @ParameterizedTest(name = "{0} team={1} active={2}: manages east={3} south={4}, manager of east rep={5}")
    @CsvSource({
            "REP,      east, true,  false, false, false",
            "MANAGER,  east, true,  true,  false, true",
            "MANAGER,  east, false, false, false, false",
            "MANAGER,  south, true, false, true,  false",
            "DIRECTOR, -,    true,  false, false, false",
            "DIRECTOR, east, true,  false, false, false"})
    void whoManagesATeamAndReceivesItsPushes(Role role, String team, boolean active, boolean managesEast,
                                             boolean managesSouth, boolean managerOfEastRep) {
        Rep person = requester(role, team, active);
        assertThat(DataScope.managesTeam(person, "east")).isEqualTo(managesEast);
        assertThat(DataScope.managesTeam(person, "south")).isEqualTo(managesSouth);
        assertThat(DataScope.managesTeam(person, null)).as("nobody manages a missing team").isFalse();
        assertThat(DataScope.isManagerOf(person, EAST_REP)).isEqualTo(managerOfEastRep);
        assertThat(DataScope.isManagerOf(person, NO_TEAM)).isFalse();
        assertThat(DataScope.managersOf("east", List.of(EAST_REP, person, EAST_MANAGER)))
                .containsExactlyElementsOf(managesEast ? List.of(person, EAST_MANAGER) : List.of(EAST_MANAGER));
        assertThat(DataScope.seesAll(person)).isEqualTo(role == Role.DIRECTOR && active);
    }
}

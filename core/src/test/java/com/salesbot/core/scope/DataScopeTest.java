package com.salesbot.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.testdata.RepBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DataScopeTest {
    final Rep li = RepBuilder.rep("li").team("east").build();
    final Rep wang = RepBuilder.rep("wang").team("east").build();
    final Rep zhao = RepBuilder.rep("zhao").team("south").build();
    final Rep eastBoss = RepBuilder.manager("eastBoss", "east");
    final Rep southBoss = RepBuilder.manager("southBoss", "south");
    final Rep director = RepBuilder.director("dir");
    final List<Rep> org = List.of(li, wang, zhao, eastBoss, southBoss, director);
    final Map<String, Rep> byId = org.stream().collect(Collectors.toMap(Rep::id, Function.identity()));

    final List<Customer> customers = List.of(customer("c1", "li"), customer("c2", "wang"), customer("c3", "zhao"),
            customer("c4", null), customer("c5", "someoneWhoLeftTheOrgFile"));

    static Customer customer(String id, String owner) {
        return new Customer(id, "客户" + id, owner, null, null, null, 0, false);
    }

    List<String> visibleCustomers(Rep requester) {
        return DataScope.of(requester).filter(customers, Customer::ownerRepId, byId).stream().map(Customer::id)
                .toList();
    }

    @Test
    void aRepSeesOnlyTheirOwn() {
        DataScope scope = DataScope.of(li);
        assertThat(scope.kind()).isEqualTo(ScopeKind.SELF);
        assertThat(scope.visibleRepIds(org)).containsExactly("li");
        assertThat(visibleCustomers(li)).containsExactly("c1");
        assertThat(scope.canSeeTeam("east")).isFalse();
        assertThat(scope.canSeeBlackList()).isFalse();
    }

    @Test
    void aManagerSeesTheirTeamOnly() {
        DataScope scope = DataScope.of(eastBoss);
        assertThat(scope.kind()).isEqualTo(ScopeKind.TEAM);
        assertThat(scope.visibleRepIds(org)).containsExactlyInAnyOrder("li", "wang", "eastBoss");
        assertThat(visibleCustomers(eastBoss)).containsExactly("c1", "c2");
        assertThat(scope.canSeeTeam("east")).isTrue();
        assertThat(scope.canSeeTeam("south")).isFalse();
        assertThat(scope.canSeeBlackList()).isTrue();
        assertThat(visibleCustomers(southBoss)).containsExactly("c3");
    }

    @Test
    void aDirectorSeesEverythingIncludingUnassignedData() {
        DataScope scope = DataScope.of(director);
        assertThat(scope.kind()).isEqualTo(ScopeKind.ALL);
        assertThat(scope.visibleRepIds(org)).hasSize(org.size());
        assertThat(visibleCustomers(director)).containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(scope.canSeeTeam("anything")).isTrue();
    }

    @Test
    void someoneWhoLeftSeesNothing() {
        Rep gone = RepBuilder.rep("li").team("east").inactive().build();
        Rep goneDirector = RepBuilder.rep("d2").role(com.salesbot.core.model.Role.DIRECTOR).team(null).inactive()
                .build();
        assertThat(DataScope.of(gone).kind()).isEqualTo(ScopeKind.NONE);
        assertThat(visibleCustomers(gone)).isEmpty();
        assertThat(visibleCustomers(goneDirector)).isEmpty();
        assertThat(DataScope.of(goneDirector).canSee(li)).isFalse();
    }

    @Test
    void unassignedOrUnknownOwnersAreHiddenFromRepsAndManagers() {
        assertThat(visibleCustomers(eastBoss)).doesNotContain("c4", "c5");
        assertThat(DataScope.of(eastBoss).canSee(null)).isFalse();
        assertThat(DataScope.of(director).canSee(null)).isTrue();
    }
}

package com.salesbot.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportsTest {
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryLeadStore leads = new InMemoryLeadStore();
    private final InMemoryTargetStore targets = new InMemoryTargetStore();
    private final Imports imports = new Imports(org, new InMemoryCustomerStore(), leads,
            new InMemoryOpportunityStore(), targets, new InMemoryPaymentStore(), BusinessConfig.defaults(),
            Transactions.none(), Clock.fixed(Instant.parse("2026-06-17T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void aBatchWithOneBadRowWritesNothingAndNamesEveryProblem() {
        org.saveTeam(new Team("t1", "华东一组"));
        ImportReport report = imports.run("people", List.of(
                Map.of("id", "r1", "name", "李明", "role", "REP", "teamId", "t1", "wecomUserId", "LiMing"),
                Map.of("id", "r2", "name", "张华", "role", "SALES", "teamId", "t9"),
                Map.of("id", "r1", "name", "重复", "role", "REP", "teamId", "t1"))).orElseThrow();
        assertThat(report.accepted()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).extracting(RowError::row, RowError::field)
                .containsExactly(tuple(2, "role"),
                        tuple(2, "teamId"),
                        tuple(3, "id"));
        assertThat(org.reps()).isEmpty();
    }

    @Test
    void reimportingTheSameRowsIsAnUpsert() {
        List<Map<String, String>> teams = List.of(Map.of("id", "t1", "name", "华东一组"));
        assertThat(imports.run("teams", teams).orElseThrow().imported()).isEqualTo(1);
        imports.run("people", List.of(Map.of("id", "r1", "name", "李明", "role", "rep", "teamId", "t1")));
        List<Map<String, String>> rows = List.of(Map.of("repId", "r1", "month", "2026-06", "amountFen", "100"));
        assertThat(imports.run("targets", rows).orElseThrow().accepted()).isTrue();
        assertThat(imports.run("targets", rows).orElseThrow().accepted()).isTrue();
        assertThat(targets.ofRep("r1")).hasSize(1);
        assertThat(org.teams()).hasSize(1);
    }

    @Test
    void leadsWithoutIdUpdateTheOwnersLeadOnTheSameCustomer() {
        imports.run("teams", List.of(Map.of("id", "t1", "name", "华东一组")));
        imports.run("people", List.of(Map.of("id", "r1", "name", "李明", "role", "REP", "teamId", "t1")));
        imports.run("customers", List.of(Map.of("id", "c1", "name", "苏州恒达精密机械有限公司", "ownerRepId", "r1")));
        Map<String, String> lead = Map.of("customerId", "c1", "ownerRepId", "r1", "sourceChannel", "website",
                "firstTouchAt", "2026-06-01T10:00:00+08:00", "painPoint", "良率低", "stage", "contact");
        assertThat(imports.run("leads", List.of(lead)).orElseThrow().rejected()).isEmpty();
        Map<String, String> moved = new java.util.HashMap<>(lead);
        moved.put("stage", "quote");
        assertThat(imports.run("leads", List.of(moved)).orElseThrow().rejected()).isEmpty();
        assertThat(leads.all()).singleElement().extracting(l -> l.stage()).isEqualTo("quote");
        moved.put("stage", "自定义");
        assertThat(imports.run("leads", List.of(moved)).orElseThrow().rejected())
                .extracting(RowError::field).containsExactly("stage");
    }

    @Test
    void amountsMustBeWholeNonNegativeFen() {
        imports.run("teams", List.of(Map.of("id", "t1", "name", "华东一组")));
        imports.run("people", List.of(Map.of("id", "r1", "name", "李明", "role", "REP", "teamId", "t1")));
        assertThat(imports.run("targets", List.of(Map.of("repId", "r1", "month", "2026-06", "amountFen", "0")))
                .orElseThrow().accepted()).isTrue();
        assertThat(imports.run("targets", List.of(Map.of("repId", "r1", "month", "2026-06", "amountFen", "-1")))
                .orElseThrow().rejected()).extracting(RowError::reason).containsExactly("不能为负数");
        assertThat(imports.run("targets", List.of(Map.of("repId", "r1", "month", "2026-6", "amountFen", "1.5")))
                .orElseThrow().rejected()).extracting(RowError::field).containsExactly("month", "amountFen");
        assertThat(imports.run("nope", List.of())).isEmpty();
    }
}

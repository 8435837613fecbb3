package com.salesbot.bot.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = AbsenceImportApiTest.TOKEN)
class AbsenceImportApiTest {
    static final String TOKEN = "absence-test-token-7e3";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    AuditTrail audit;

    @BeforeEach
    void seed() {
        org.saveTeam(new Team("abs-t1", "华东一组"));
        org.saveRep(new Rep("abs-r1", "李明", "abs-t1", Role.REP, "AbsLiMing", null, LocalDate.of(2025, 1, 1), true));
    }

    private Map<String, Object> post(Object body, MediaType type) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/import/absences", body).contentType(type)
                .bearerAuth(TOKEN), MAP);
    }

    @Test
    void absencesFromJsonAndCsvAreStoredAndAudited() {
        Map<String, Object> report = post(List.of(Map.of("repId", "abs-r1", "from", "2026-12-08", "to",
                "2026-12-10")), MediaType.APPLICATION_JSON_TYPE);
        assertThat(report).containsEntry("imported", 1);
        post("repId,from\nabs-r1,2026-12-21\n", MediaType.TEXT_PLAIN_TYPE);

        assertThat(org.absences(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).contains(
                new Absence("abs-r1", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10)),
                new Absence("abs-r1", LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 21)));
        var entries = audit.find(new AuditQuery("api", "absence.create", "absence", "abs-r1:2026-12-08", null, null,
                0, 10)).entries();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).entry().after()).isEqualTo("2026-12-08..2026-12-10");
        assertThat(entries.get(0).entry().channel()).isEqualTo("api");
    }

    @Test
    void aBadRowIs422WithEveryProblemAndNothingIsWritten() {
        long before = org.absences(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).size();
        assertThatThrownBy(() -> post(List.of(
                Map.of("repId", "abs-r1", "from", "2027-03-01", "to", "2027-03-02"),
                Map.of("repId", "abs-nobody", "from", "2027-03-01"),
                Map.of("repId", "abs-r1", "from", "2027-03-10", "to", "2027-03-09"),
                Map.of("repId", "abs-r1", "from", "3月1日")), MediaType.APPLICATION_JSON_TYPE))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(422);
                    List<?> rejected = (List<?>) e.getResponse().getBody(MAP).orElseThrow().get("rejected");
                    assertThat(rejected).hasSize(3);
                    assertThat(rejected.toString()).contains("人员不存在").contains("结束日期早于开始日期")
                            .contains("日期格式应为 yyyy-MM-dd");
                });
        assertThat(org.absences(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).hasSize((int) before);
    }
}

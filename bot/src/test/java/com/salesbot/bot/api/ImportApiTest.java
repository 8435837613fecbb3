package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = ImportApiTest.TOKEN)
class ImportApiTest {
    static final String TOKEN = "imp-test-token-7f3a";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    TargetStore targets;

    @Test
    void withoutOrWithAWrongTokenEveryImportIs401WithAJsonReason() {
        for (String auth : new String[] {null, "Bearer wrong", "Basic " + TOKEN, "Bearer " + TOKEN + "x"}) {
            HttpRequest<?> request = HttpRequest.POST("/api/import/teams", List.of(Map.of("id", "imp-t0", "name", "x")));
            if (auth != null) {
                ((io.micronaut.http.MutableHttpRequest<?>) request).header("Authorization", auth);
            }
            assertThatThrownBy(() -> http.toBlocking().exchange(request, MAP))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
                        assertThat(e.getResponse().getBody(MAP).orElseThrow()).containsEntry("error", "unauthorized");
                    });
        }
        assertThat(org.findTeam("imp-t0")).isEmpty();
    }

    @Test
    void goodJsonBatchIsWrittenAndReimportIsAnUpsert() {
        List<Map<String, Object>> teams = List.of(Map.of("id", "imp-t1", "name", "华东一组"),
                Map.of("id", "imp-t2", "name", "华南一组"));
        Map<String, Object> report = post("/api/import/teams", teams, MediaType.APPLICATION_JSON_TYPE).body();
        assertThat(report).containsEntry("imported", 2).containsEntry("received", 2);
        List<Map<String, Object>> renamed = List.of(Map.of("id", "imp-t1", "name", "华东一组（新）"));
        assertThat(post("/api/import/teams", renamed, MediaType.APPLICATION_JSON_TYPE).body())
                .containsEntry("imported", 1);
        assertThat(org.findTeam("imp-t1").orElseThrow().name()).isEqualTo("华东一组（新）");
        assertThat(org.teams().stream().filter(t -> t.id().startsWith("imp-t1"))).hasSize(1);
    }

    @Test
    void mixedBatchWritesNothingAndListsEveryBadRow() {
        post("/api/import/teams", List.of(Map.of("id", "imp-t3", "name", "华北一组")), MediaType.APPLICATION_JSON_TYPE);
        List<Map<String, Object>> people = List.of(
                Map.of("id", "imp-r1", "name", "李明", "role", "REP", "teamId", "imp-t3"),
                Map.of("id", "imp-r2", "name", "张华", "role", "BOSS", "teamId", "imp-t3"),
                Map.of("id", "imp-r3", "role", "REP", "teamId", "nope"));
        assertThatThrownBy(() -> post("/api/import/people", people, MediaType.APPLICATION_JSON_TYPE))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    Map<String, Object> body = e.getResponse().getBody(MAP).orElseThrow();
                    assertThat(body).containsEntry("imported", 0);
                    assertThat((List<?>) body.get("rejected")).hasSize(3).allSatisfy(r ->
                            assertThat(((Map<?, ?>) r).get("row")).isIn(2, 3));
                });
        assertThat(org.findRep("imp-r1")).isEmpty();
    }

    @Test
    void csvWithBomIsImportedAndBadCsvIs400() {
        post("/api/import/teams", "\uFEFFid,name\r\nimp-t4,\"西南一组\"\r\n", MediaType.TEXT_CSV_TYPE);
        String csv = "id,name,role,teamId,wecomUserId,dingtalkStaffId\n"
                + "imp-r4,王芳,rep,imp-t4,ImpWangFang,dd_imp_r4\n";
        assertThat(post("/api/import/people", csv, MediaType.TEXT_CSV_TYPE).body()).containsEntry("imported", 1);
        Rep rep = org.findRepByWecomUserId("ImpWangFang").orElseThrow();
        assertThat(rep.dingtalkStaffId()).isEqualTo("dd_imp_r4");

        assertThatThrownBy(() -> post("/api/import/people", "id,name\nimp-r5,\"open", MediaType.TEXT_CSV_TYPE))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
        String targetsCsv = "repId,month,amountFen\nimp-r4,2026-06,500000\nimp-r4,2026-13,1\n";
        assertThatThrownBy(() -> post("/api/import/targets", targetsCsv, MediaType.TEXT_CSV_TYPE))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode()));
        assertThat(targets.ofRep("imp-r4")).isEmpty();
    }

    @Test
    void unknownKindIs404() {
        assertThatThrownBy(() -> post("/api/import/robots", List.of(), MediaType.APPLICATION_JSON_TYPE))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    private HttpResponse<Map<String, Object>> post(String path, Object body, MediaType type) {
        return http.toBlocking().exchange(HttpRequest.POST(path, body).contentType(type)
                .bearerAuth(TOKEN), MAP);
    }
}

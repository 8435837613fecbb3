package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.model.Absence;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 请假 over signed DingTalk robot callbacks, end to end on the real MariaDB ({@code SALESBOT_TEST_DB}) and Redis with
 * the DingTalk APIs faked locally: the absence is stored and audited, a bad date is answered and changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaptureMariaDbDingtalkE2eTest implements TestPropertyProvider {
    private static final String TOKEN_PATH = "/v1.0/oauth2/accessToken";
    private static final String BATCH = "/v1.0/robot/oToMessages/batchSend";
    private static final String SECRET = "capture-dingtalk-secret-8Kp";

    private final FakeDingtalkServer fake = startFake();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    AuditTrail audit;

    private DingtalkCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(MariaDbE2e.properties("capture-ding-" + run));
        p.putAll(Map.of("dingtalk.app-key", "e2eAppKey",
                "dingtalk.app-secret", SECRET,
                "dingtalk.robot-code", "e2eRobot",
                "dingtalk.mode", "http",
                "dingtalk.api-base-url", fake.baseUrl(),
                "dingtalk.oapi-base-url", fake.baseUrl(),
                "salesbot.pump.interval", "200ms"));
        return p;
    }

    @BeforeAll
    void seed() {
        E2eOrg.seed(org, customers);
        callbacks = new DingtalkCallbacks(server.getURI(), SECRET);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    void leaveTomorrowIsStoredAuditedAndConfirmedABadDateChangesNothing() {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        int before = fake.requests(BATCH).size();

        assertThat(callbacks.post(message("请假 明天")).status()).isEqualTo(200);

        Await.until("the confirmation", () -> sendsTo(before).size() == 1);
        assertThat(sendsTo(before).get(0).get("msgParam").getAsString()).contains("已登记请假").contains("撤销");
        assertThat(org.absences(tomorrow, tomorrow)).contains(new Absence(E2eOrg.REP, tomorrow, tomorrow));
        var entries = audit.find(new AuditQuery(E2eOrg.REP, "absence.create", null, null, null, null, 0, 10))
                .entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entry().channel()).isEqualTo("dingtalk");

        assertThat(callbacks.post(message("请假 2月30日")).status()).isEqualTo(200);
        Await.until("the refusal", () -> sendsTo(before).size() == 2);
        assertThat(sendsTo(before).get(1).get("msgParam").getAsString()).contains("不是一个有效的日期");
        assertThat(org.absences(tomorrow.minusYears(1), tomorrow.plusYears(2))).hasSize(1);
        assertThat(audit.find(new AuditQuery(E2eOrg.REP, null, null, null, null, null, 0, 10)).total()).isEqualTo(1);
    }

    private String message(String text) {
        return DingtalkCallbacks.text("msg" + UUID.randomUUID(), E2eOrg.DINGTALK_STAFF, text, fake.baseUrl());
    }

    private List<JsonObject> sendsTo(int from) {
        List<FakeDingtalkServer.Recorded> all = fake.requests(BATCH);
        return all.subList(Math.min(from, all.size()), all.size()).stream()
                .map(r -> JsonParser.parseString(r.bodyText()).getAsJsonObject())
                .filter(j -> j.getAsJsonArray("userIds").toString().contains("\"" + E2eOrg.DINGTALK_STAFF + "\""))
                .toList();
    }

    private static FakeDingtalkServer startFake() {
        try {
            return new FakeDingtalkServer()
                    .byDefault(TOKEN_PATH, 200, "{\"accessToken\":\"e2e-token\",\"expireIn\":7200}")
                    .byDefault(BATCH, 200,
                            "{\"processQueryKey\":\"pq\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

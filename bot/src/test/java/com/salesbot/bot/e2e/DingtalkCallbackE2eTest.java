package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real bot with DingTalk in http mode, its APIs pointed at a local fake. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DingtalkCallbackE2eTest implements TestPropertyProvider {
    private static final String TOKEN_PATH = "/v1.0/oauth2/accessToken";
    private static final String BATCH = "/v1.0/robot/oToMessages/batchSend";
    private static final String SECRET = "e2e-dingtalk-secret-5Qz";
    private static final String DB = E2eOrg.memoryDatabase("e2e_dingtalk");
    private static final long HOUR = 3_600_000L;

    private final FakeDingtalkServer fake = startFake();
    private final InboxRows inbox = new InboxRows(DB);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;

    private DingtalkCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", DB,
                "dingtalk.app-key", "e2eAppKey",
                "dingtalk.app-secret", SECRET,
                "dingtalk.robot-code", "e2eRobot",
                "dingtalk.mode", "http",
                "dingtalk.api-base-url", fake.baseUrl(),
                "dingtalk.oapi-base-url", fake.baseUrl(),
                "salesbot.pump.interval", "200ms");
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
    void aSignedRobotMessageIsAnsweredThroughBatchSend() {
        int before = fake.requests(BATCH).size();

        Http.Answer ack = callbacks.post(message(E2eOrg.DINGTALK_STAFF, "帮助"));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).contains("ok");
        Await.until("the help menu at batchSend", () -> sendsTo(E2eOrg.DINGTALK_STAFF, before).size() == 1);
        FakeDingtalkServer.Recorded request = fake.requests(BATCH).get(before);
        assertThat(request.header("x-acs-dingtalk-access-token")).isEqualTo("e2e-token-1");
        JsonObject body = sendsTo(E2eOrg.DINGTALK_STAFF, before).get(0);
        assertThat(body.get("robotCode").getAsString()).isEqualTo("e2eRobot");
        assertThat(body.getAsJsonArray("userIds").toString()).isEqualTo("[\"" + E2eOrg.DINGTALK_STAFF + "\"]");
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleMarkdown");
        assertThat(body.get("msgParam").getAsString()).contains("我能帮你做这些").contains("【目标】");
    }

    @Test
    void anUnknownSenderGetsTheNotSetUpText() {
        int before = fake.requests(BATCH).size();

        assertThat(callbacks.post(message("ding-stranger", "目标")).status()).isEqualTo(200);

        Await.until("the not-set-up reply", () -> sendsTo("ding-stranger", before).size() == 1);
        JsonObject body = sendsTo("ding-stranger", before).get(0);
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleText");
        assertThat(body.get("msgParam").getAsString()).contains("还没有开通销售助手");
    }

    @Test
    void aForgedSignIsRefusedWith401AndNothingIsRecorded() {
        long rows = inbox.count("dingtalk");
        String ts = Long.toString(System.currentTimeMillis());
        String wrong = new DingtalkCallbacks(server.getURI(), SECRET + "x").sign(ts);

        Http.Answer answer = callbacks.postSigned(ts, wrong, message(E2eOrg.DINGTALK_STAFF, "帮助"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain(SECRET);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows);
    }

    /** DingTalk's window is one hour either side; a minute of margin keeps the test clear of its own run time. */
    @Test
    void aStaleTimestampIsRefusedWith401AndOneJustInsideTheHourIsAccepted() {
        long rows = inbox.count("dingtalk");
        int before = fake.requests(BATCH).size();
        long now = System.currentTimeMillis();

        assertThat(callbacks.postAt(now - HOUR - 60_000, message("ding-late", "帮助")).status()).isEqualTo(401);
        assertThat(callbacks.postAt(now + HOUR + 60_000, message("ding-late", "帮助")).status()).isEqualTo(401);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows);

        assertThat(callbacks.postAt(now - HOUR + 60_000, message("ding-late", "帮助")).status()).isEqualTo(200);
        assertThat(callbacks.postAt(now + HOUR - 60_000, message("ding-late", "帮助")).status()).isEqualTo(200);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows + 2);
        Await.until("both accepted messages answered", () -> sendsTo("ding-late", before).size() == 2);
    }

    @Test
    void malformedJsonIsRefusedWith400AndNothingIsRecorded() {
        long rows = inbox.count("dingtalk");

        Http.Answer broken = callbacks.post("{\"msgId\":\"m1\",\"text\":{\"content\":");
        Http.Answer noId = callbacks.post("{\"msgtype\":\"text\",\"text\":{\"content\":\"帮助\"}}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(noId.status()).as("valid JSON but neither msgId nor outTrackId").isEqualTo(400);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows);
    }

    @Test
    void aDuplicateMsgIdIsAcknowledgedAndAnsweredOnce() {
        int before = fake.requests(BATCH).size();
        long rows = inbox.count("dingtalk");
        String json = message(E2eOrg.DINGTALK_STAFF, "帮助");

        assertThat(callbacks.post(json).status()).isEqualTo(200);
        Await.until("the first reply", () -> sendsTo(E2eOrg.DINGTALK_STAFF, before).size() == 1);
        assertThat(callbacks.post(json).status()).isEqualTo(200);
        Await.settle(Duration.ofMillis(1_500));

        assertThat(sendsTo(E2eOrg.DINGTALK_STAFF, before)).hasSize(1);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows + 1);
    }

    @Test
    void aReplayedHeaderPairWithAnotherBodyIsRefusedAndNothingIsRecorded() {
        long rows = inbox.count("dingtalk");
        String ts = Long.toString(System.currentTimeMillis());
        String sign = callbacks.sign(ts);
        String original = message(E2eOrg.DINGTALK_STAFF, "帮助");

        assertThat(callbacks.postSigned(ts, sign, original).status()).isEqualTo(200);
        assertThat(callbacks.postSigned(ts, sign, original).status()).as("the platform's own retry").isEqualTo(200);
        Http.Answer forged = callbacks.postSigned(ts, sign, message("ding-boss", "目标"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain(SECRET).doesNotContain("Exception");
        assertThat(inbox.count("dingtalk")).isEqualTo(rows + 1);
    }

    @Test
    void aCardCallbackBodyOnTheRobotEndpointIsRefusedWithoutHttpCardMode() {
        long rows = inbox.count("dingtalk");
        String card = "{\"outTrackId\":\"prompt-1\",\"userId\":\"" + E2eOrg.DINGTALK_STAFF
                + "\",\"value\":\"{\\\"cardPrivateData\\\":{\\\"actionIds\\\":[\\\"tag_deal\\\"]}}\"}";

        assertThat(callbacks.post(card).status()).isEqualTo(403);
        assertThat(inbox.count("dingtalk")).isEqualTo(rows);
    }

    /**
     * 录线索 typed end to end on DingTalk without a card template: every step is a markdown message listing what to
     * reply (no dtmd:// links, nothing to tap), every request passes the strict fake, the form reaches 线索已登记 and
     * the pain point's markup stays plain text.
     */
    @Test
    void theLeadFormTypedEndToEndReachesLeadRegisteredWithEveryRequestAccepted() {
        int before = fake.requests(BATCH).size();
        String pain = "客户嫌贵，![x](http://evil.example/a.png) [报价单](http://evil.example/x) **马上**";
        List<String> answers = List.of("录线索", "宁波新客户精密机械有限公司", "展会", "初步接触", pain);
        for (int i = 0; i < answers.size(); i++) {
            int sent = sendsTo(E2eOrg.DINGTALK_STAFF, before).size();
            assertThat(callbacks.post(message(E2eOrg.DINGTALK_STAFF, answers.get(i))).status()).isEqualTo(200);
            Await.until("the answer to step " + (i + 1), () -> sendsTo(E2eOrg.DINGTALK_STAFF, before).size() > sent);
        }
        Await.until("线索已登记", () -> sendsTo(E2eOrg.DINGTALK_STAFF, before).stream()
                .anyMatch(j -> j.get("msgParam").getAsString().contains("线索已登记")));
        List<JsonObject> sent = sendsTo(E2eOrg.DINGTALK_STAFF, before);
        for (JsonObject body : sent) {
            assertThat(body.get("msgParam").isJsonPrimitive()).isTrue();
            assertThat(body.get("msgParam").getAsString()).doesNotContain("dtmd://", "点一下", "点选");
        }
        assertThat(sent.get(2).get("msgParam").getAsString()).contains("直接回复：初步接触");
        String done = sent.get(sent.size() - 1).get("msgParam").getAsString();
        assertThat(done).contains("线索已登记", "展会", "初步接触", "［报价单］（http://evil.example/x）")
                .doesNotContain("[报价单](", "**马上**", "![x](");
        fake.assertNoViolations();
    }

    private String message(String staffId, String text) {
        return DingtalkCallbacks.text("msg" + UUID.randomUUID(), staffId, text, fake.baseUrl());
    }

    private List<JsonObject> sendsTo(String staffId, int from) {
        List<FakeDingtalkServer.Recorded> all = fake.requests(BATCH);
        return all.subList(Math.min(from, all.size()), all.size()).stream()
                .map(r -> JsonParser.parseString(r.bodyText()).getAsJsonObject())
                .filter(j -> j.getAsJsonArray("userIds").toString().contains("\"" + staffId + "\"")).toList();
    }

    private static FakeDingtalkServer startFake() {
        try {
            return new FakeDingtalkServer()
                    .thenOnce(TOKEN_PATH, 200, "{\"accessToken\":\"e2e-token-1\",\"expireIn\":7200}")
                    .byDefault(TOKEN_PATH, 200, "{\"accessToken\":\"e2e-token-2\",\"expireIn\":7200}")
                    .byDefault(BATCH, 200,
                            "{\"processQueryKey\":\"pq\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

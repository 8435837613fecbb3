package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.feature.result.ResultPromptFlow;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real bot with WeCom enabled, its API pointed at a local fake: callbacks go in over HTTP exactly as WeCom
 * sends them and the replies are read back from the fake's /cgi-bin/message/send.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WecomCallbackE2eTest implements TestPropertyProvider {
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPDATE = "/cgi-bin/message/update_template_card";
    private static final String DB = E2eOrg.memoryDatabase("e2e_wecom");

    private final FakeWecomServer fake = startFake();
    private final AtomicLong msgIds = new AtomicLong(7_300_000_000_000_000_000L + System.nanoTime() % 1_000_000);
    private final InboxRows inbox = new InboxRows(DB);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TouchStore touches;

    private WecomCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", DB,
                "wecom.corp-id", FakeWecomServer.CORP,
                "wecom.agent-id", Integer.toString(FakeWecomServer.AGENT),
                "wecom.secret", FakeWecomServer.SECRET,
                "wecom.token", WecomCallbacks.TOKEN,
                "wecom.aes-key", Vectors.A_KEY,
                "wecom.api-base-url", fake.baseUrl(),
                "salesbot.pump.interval", "200ms");
    }

    @BeforeAll
    void seed() {
        E2eOrg.seed(org, customers);
        callbacks = new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    void repTextIsAcknowledgedBeforeProcessingAndAnsweredThroughTheWecomApi() {
        int before = fake.requests(SEND).size();
        // the reply needs a fresh token and the token endpoint is held shut until the ack is in: a handler that
        // answered WeCom only after sending could not ack while the gate is closed, and a reply found before the
        // gate opens would have been sent before the ack (the attempt with the revoked token is refused by the fake
        // and not a reply)
        Set<String> revoked = fake.requests().stream().map(r -> r.query().get("access_token"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        fake.invalidateTokens();
        CountDownLatch gate = new CountDownLatch(1);
        fake.holdGettoken(gate);
        List<JsonObject> replies;
        try {
            Http.Answer ack = callbacks.deliver(text(E2eOrg.WECOM_USER, "帮助")).post();

            assertThat(ack.status()).isEqualTo(200);
            assertThat(delivered(E2eOrg.WECOM_USER, before, revoked)).as("no reply can exist before the ack").isEmpty();
            gate.countDown();

            Await.until("the help menu at message/send", () -> delivered(E2eOrg.WECOM_USER, before, revoked).size() == 1);
            replies = delivered(E2eOrg.WECOM_USER, before, revoked);
        } finally {
            gate.countDown();
            fake.holdGettoken(null);
        }
        JsonObject reply = replies.get(0);
        assertThat(reply.get("agentid").getAsInt()).isEqualTo(FakeWecomServer.AGENT);
        assertThat(reply.get("msgtype").getAsString()).isEqualTo("markdown");
        assertThat(reply.getAsJsonObject("markdown").get("content").getAsString())
                .contains("我能帮你做这些").contains("【目标】").contains("【打卡】");
        assertThat(fake.violations()).isEmpty();
    }

    /** Sends to user since index {@code from} made with a token the fake still honours. */
    private List<JsonObject> delivered(String user, int from, Set<String> revoked) {
        List<FakeWecomServer.Request> all = fake.requests(SEND);
        return all.subList(Math.min(from, all.size()), all.size()).stream()
                .filter(r -> !revoked.contains(r.query().get("access_token"))).map(FakeWecomServer.Request::json)
                .filter(j -> user.equals(j.get("touser").getAsString())).toList();
    }

    @Test
    void aWecomRetryOfTheSameCallbackIsAcknowledgedButNotAnsweredTwice() {
        int before = fake.requests(SEND).size();
        long rows = inbox.count("wecom");
        WecomCallbacks.Delivery delivery = callbacks.deliver(text(E2eOrg.WECOM_USER, "帮助"));

        assertThat(delivery.post().status()).isEqualTo(200);
        Await.until("the first reply", () -> sendsTo(E2eOrg.WECOM_USER, before).size() == 1);
        assertThat(delivery.post().status()).isEqualTo(200);
        assertThat(delivery.post().status()).isEqualTo(200);
        Await.settle(Duration.ofMillis(1_500));

        assertThat(sendsTo(E2eOrg.WECOM_USER, before)).hasSize(1);
        assertThat(inbox.count("wecom")).isEqualTo(rows + 1);
    }

    @Test
    void aForgedSignatureIsRefusedWith401AndNothingIsRecorded() {
        long rows = inbox.count("wecom");
        int before = fake.requests(SEND).size();

        Http.Answer answer = callbacks.forged(text(E2eOrg.WECOM_USER, "帮助")).post();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain(WecomCallbacks.TOKEN).doesNotContain(Vectors.A_KEY);
        Await.settle(Duration.ofMillis(600));
        assertThat(inbox.count("wecom")).isEqualTo(rows);
        assertThat(sendsTo(E2eOrg.WECOM_USER, before)).isEmpty();
    }

    @Test
    void malformedXmlIsRefusedWith400AndNothingIsRecorded() {
        long rows = inbox.count("wecom");

        Http.Answer notXml = callbacks.malformed("<xml><Encrypt><![CDATA[x]]></Encrypt>").post();
        Http.Answer badInner = callbacks.deliver("<xml><FromUserName>zhangsan</FromUserName><MsgType>text").post();

        assertThat(notXml.status()).isEqualTo(400);
        assertThat(badInner.status()).as("signed and encrypted, but the message inside is not XML").isEqualTo(400);
        assertThat(inbox.count("wecom")).isEqualTo(rows);
    }

    @Test
    void anUnknownSenderIsToldToAskTheAdmin() {
        int before = fake.requests(SEND).size();

        assertThat(callbacks.deliver(text("lisi", "目标")).post().status()).isEqualTo(200);

        Await.until("the not-set-up reply", () -> sendsTo("lisi", before).size() == 1);
        JsonObject reply = sendsTo("lisi", before).get(0);
        assertThat(reply.get("msgtype").getAsString()).isEqualTo("text");
        assertThat(reply.getAsJsonObject("text").get("content").getAsString()).contains("还没有开通销售助手")
                .contains("销售运营管理员");
    }

    @Test
    void aResultCardClickIsRecordedOnceAndTheCardUpdatedOnceEvenWhenDeliveredTwice() {
        int before = fake.requests(SEND).size();
        long now = System.currentTimeMillis() / 1000;

        // 打卡 40分钟 -> a card listing her customers
        assertThat(callbacks.deliver(text(E2eOrg.WECOM_USER, "打卡 40分钟")).post().status()).isEqualTo(200);
        Await.until("the check-in card", () -> cards(before).size() == 1);
        JsonObject checkin = cards(before).get(0);
        String checkinTask = checkin.get("task_id").getAsString();
        assertThat(checkin.getAsJsonArray("button_list").toString()).contains("cust:" + E2eOrg.CUSTOMER);

        // tap the customer -> a touch is stored and the R2 result card follows
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, checkinTask,
                "cust:" + E2eOrg.CUSTOMER, "RC_e2e_checkin", now)).post().status()).isEqualTo(200);
        Await.until("the R2 result card", () -> cards(before).size() == 2);
        List<Touch> visits = touches.ofRepBetween(E2eOrg.REP, 0, Long.MAX_VALUE);
        assertThat(visits).hasSize(1);
        Touch touch = visits.get(0);
        assertThat(touch.durationSeconds()).isEqualTo(40 * 60);
        JsonObject prompt = cards(before).get(1);
        assertThat(CardIds.promptIdOf(prompt.get("task_id").getAsString())).isEqualTo(ResultPromptFlow.promptIdOf(touch.id()));
        assertThat(prompt.getAsJsonArray("button_list").toString()).contains("tag:demo_booked");

        // tap 已预约演示; WeCom delivers that click twice (retry)
        long rows = inbox.count("wecom");
        int sendsBeforeTap = fake.requests(SEND).size();
        fake.issueResponseCode("RC_e2e_tap1");
        WecomCallbacks.Delivery tap = callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP,
                E2eOrg.WECOM_USER, prompt.get("task_id").getAsString(), "tag:demo_booked", "RC_e2e_tap1", now + 1));
        assertThat(tap.post().status()).isEqualTo(200);
        assertThat(tap.post().status()).isEqualTo(200);
        Await.until("update_template_card", () -> fake.requests(UPDATE).size() == 1);
        Await.settle(Duration.ofMillis(1_500));

        assertThat(fake.requests(UPDATE)).hasSize(1);
        JsonObject update = fake.requests(UPDATE).get(0).json();
        assertThat(update.get("response_code").getAsString()).isEqualTo("RC_e2e_tap1");
        assertThat(update.getAsJsonArray("userids").toString()).contains(E2eOrg.WECOM_USER);
        assertThat(update.getAsJsonObject("button").get("replace_name").getAsString()).contains("已预约演示");
        assertThat(inbox.count("wecom")).isEqualTo(rows + 1);
        // the greyed card cannot show the new text (effective touch, the note question): it follows as a message
        assertThat(fake.requests(SEND)).hasSize(sendsBeforeTap + 1);
        assertThat(fake.requests(SEND).get(sendsBeforeTap).json().getAsJsonObject("markdown").get("content")
                .getAsString()).contains("想补一句备注吗");
        Touch tagged = touches.find(touch.id()).orElseThrow();
        assertThat(tagged.resultTag()).isEqualTo("demo_booked");

        // a second, separate tap on the old card (new event, new response code) changes nothing
        fake.issueResponseCode("RC_e2e_tap2");
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER,
                prompt.get("task_id").getAsString(), "tag:no_need", "RC_e2e_tap2", now + 2)).post().status())
                .isEqualTo(200);
        Await.until("the already-recorded answer", () -> fake.requests(SEND).size() == sendsBeforeTap + 2);
        JsonObject again = fake.requests(SEND).get(sendsBeforeTap + 1).json();
        assertThat(again.getAsJsonObject("text").get("content").getAsString()).contains("已经记录过了")
                .contains("已预约演示");
        assertThat(fake.requests(UPDATE)).hasSize(1);
        Touch still = touches.find(touch.id()).orElseThrow();
        assertThat(still.resultTag()).isEqualTo("demo_booked");
        assertThat(still.taggedAt()).isEqualTo(tagged.taggedAt());
        assertThat(fake.violations()).isEmpty();
    }

    /**
     * 录线索 typed end to end: every step is a card of its own that WeCom (the strict fake: task_id unique, field
     * lengths, content size) accepts, the form reaches 线索已登记, and the pain point's markup stays plain text.
     */
    @Test
    void theLeadFormTypedEndToEndReachesLeadRegisteredWithEveryCardAccepted() {
        int before = fake.requests(SEND).size();
        String pain = "客户嫌贵，[报价单](http://evil.example/x) **马上** <font color=\"warning\">降价</font>";
        List<String> answers = List.of("录线索", "宁波新客户精密机械有限公司", "展会", "初步接触", pain);
        for (int i = 0; i < answers.size(); i++) {
            int sent = fake.requests(SEND).size();
            assertThat(callbacks.deliver(text(E2eOrg.WECOM_USER, answers.get(i))).post().status()).isEqualTo(200);
            Await.until("the answer to step " + (i + 1), () -> fake.requests(SEND).size() > sent);
        }
        Await.until("线索已登记", () -> sendsTo(E2eOrg.WECOM_USER, before).stream()
                .anyMatch(j -> j.toString().contains("线索已登记")));
        List<JsonObject> sent = sendsTo(E2eOrg.WECOM_USER, before);
        List<String> taskIds = sent.stream().filter(j -> j.has("template_card"))
                .map(j -> j.getAsJsonObject("template_card").get("task_id").getAsString()).toList();
        assertThat(taskIds).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(taskIds.stream().map(CardIds::promptIdOf).distinct()).hasSize(1);
        String done = sent.get(sent.size() - 1).getAsJsonObject("markdown").get("content").getAsString();
        assertThat(done).contains("线索已登记", "展会", "初步接触", "［报价单］（http://evil.example/x）")
                .doesNotContain("[报价单](", "**马上**", "<font color=\"warning\">降价");
        fake.assertNoViolations();
    }

    private String text(String from, String content) {
        return WecomCallbacks.text(FakeWecomServer.CORP, from, content, msgIds.incrementAndGet(),
                System.currentTimeMillis() / 1000);
    }

    private List<JsonObject> sendsTo(String user, int from) {
        List<FakeWecomServer.Request> all = fake.requests(SEND);
        return all.subList(Math.min(from, all.size()), all.size()).stream().map(FakeWecomServer.Request::json)
                .filter(j -> user.equals(j.get("touser").getAsString())).toList();
    }

    private List<JsonObject> cards(int from) {
        return sendsTo(E2eOrg.WECOM_USER, from).stream().filter(j -> "template_card".equals(j.get("msgtype")
                .getAsString())).map(j -> j.getAsJsonObject("template_card")).toList();
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

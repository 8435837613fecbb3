package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.bot.capture.ChatTouchJob;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.card.Card;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.card.CardField;
import com.salesbot.core.feature.result.ResultPromptFlow;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.feature.pipeline.SourceCheckFeature;
import com.salesbot.core.model.Team;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Capturing work where it happens, end to end on the real MariaDB ({@code SALESBOT_TEST_DB}) and Redis with the
 * WeCom API faked locally: chats posted to the API become CHAT touches with one R2 prompt, which a signed card
 * callback tags.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaptureMariaDbWecomE2eTest implements TestPropertyProvider {
    static final String TOKEN = "capture-e2e-token-5f2";
    static final String MANAGER = "e2e-m1";
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPDATE = "/cgi-bin/message/update_template_card";

    private final FakeWecomServer fake = startFake();
    private final AtomicLong msgIds = new AtomicLong(7_400_000_000_000_000_000L + System.nanoTime() % 1_000_000);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TouchStore touches;
    @Inject
    ChatTouchJob chatTouches;
    @Inject
    LeadStore leads;
    @Inject
    AuditTrail audit;
    @Inject
    DailyDigest digest;
    @Inject
    BusinessCalendar calendar;
    @Inject
    SourceCheckFeature sourceCheck;
    @Inject
    PushOutbox pushOutbox;

    private WecomCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(MariaDbE2e.properties("capture-e2e-" + run));
        p.putAll(Map.of("wecom.corp-id", FakeWecomServer.CORP,
                "wecom.agent-id", Integer.toString(FakeWecomServer.AGENT),
                "wecom.secret", FakeWecomServer.SECRET,
                "wecom.token", WecomCallbacks.TOKEN,
                "wecom.aes-key", Vectors.A_KEY,
                "wecom.api-base-url", fake.baseUrl(),
                "salesbot.api-token", TOKEN,
                "salesbot.chat-touches.interval", "1h",
                "salesbot.pump.interval", "200ms"));
        return p;
    }

    @BeforeAll
    void seed() {
        E2eOrg.seed(org, customers);
        org.saveRep(new Rep(MANAGER, "王经理", E2eOrg.TEAM, Role.MANAGER, "wangjl", null, LocalDate.of(2024, 1, 1),
                true));
        callbacks = new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    private Http.Answer postChat(List<Map<String, Object>> messages) {
        return Http.post(server.getURI().resolve("/api/conversations"), "application/json",
                new com.google.gson.Gson().toJson(Map.of("messages", messages)), Map.of("Authorization", "Bearer " + TOKEN));
    }

    private static Map<String, Object> message(String id, String direction, long sentAt, String text) {
        return Map.of("clientMsgId", id, "channel", "wecom", "repId", E2eOrg.REP, "customerId", E2eOrg.CUSTOMER,
                "direction", direction, "sentAt", sentAt, "text", text);
    }

    private List<Touch> chatTouches() {
        return touches.ofRepBetween(E2eOrg.REP, 0, Long.MAX_VALUE).stream().filter(t -> t.kind() == TouchKind.CHAT)
                .toList();
    }

    @Test
    void aTwoSidedChatBecomesOneTouchAndOnePromptTheTapMakesItEffectiveAndTheDigestCountsIt() {
        long start = System.currentTimeMillis() - Duration.ofMinutes(40).toMillis();
        List<Map<String, Object>> chat = List.of(
                message("cap-" + run + "-1", "IN", start, "你们的设备交期多久？"),
                message("cap-" + run + "-2", "OUT", start + 50_000, "标准款两周，定制款一个月左右"),
                message("cap-" + run + "-3", "IN", start + 120_000, "好的，麻烦发一份报价单"));
        int sendsBefore = fake.requests(SEND).size();
        int chatsBefore = chatTouches().size();

        assertThat(postChat(chat).status()).isEqualTo(200);
        chatTouches.close();

        List<Touch> made = chatTouches();
        assertThat(made).hasSize(chatsBefore + 1);
        Touch touch = made.get(made.size() - 1);
        assertThat(touch.durationSeconds()).isEqualTo(120);
        assertThat(touch.startedAt()).isEqualTo(start);
        Await.until("the R2 prompt for the chat", () -> cards(sendsBefore).size() == 1);
        JsonObject prompt = cards(sendsBefore).get(0);
        assertThat(com.salesbot.core.card.CardIds.promptIdOf(prompt.get("task_id").getAsString())).isEqualTo(ResultPromptFlow.promptIdOf(touch.id()));
        assertThat(prompt.toString()).contains(E2eOrg.CUSTOMER_NAME).contains("在线沟通");

        // the same messages again (an API retry, a re-pull): no second touch, no second prompt
        assertThat(postChat(chat).status()).isEqualTo(200);
        chatTouches.close();
        assertThat(chatTouches()).hasSize(chatsBefore + 1);

        // tap a result tag on the card: the chat is an effective touch
        long now = System.currentTimeMillis() / 1000;
        fake.issueResponseCode("RC_cap_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER,
                prompt.get("task_id").getAsString(), "tag:demo_booked", "RC_cap_" + run, now)).post().status())
                .isEqualTo(200);
        Await.until("the tag is recorded", () -> touches.find(touch.id()).orElseThrow().tagged());
        Await.until("the card is updated", () -> !fake.requests(UPDATE).isEmpty());
        assertThat(cards(sendsBefore)).hasSize(1);

        // the next morning's digest counts it in the heatmap (the chat's day must be a business day)
        LocalDate chatDay = calendar.dayOf(start);
        assumeTrue(calendar.isBusinessDay(chatDay), "the chat was not on a business day");
        LocalDate next = chatDay.plusDays(1);
        while (!calendar.isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        Card card = digest.pushes(next).stream().filter(p -> p.recipient().equals("wangjl"))
                .map(Outgoing::message).map(Card.class::cast).findFirst().orElseThrow();
        CardField row = card.fields().stream().filter(f -> f.label().equals("张三")).findFirst().orElseThrow();
        assertThat(row.value()).isEqualTo("1 次");
    }

    @Test
    void aVisitCheckedInWithTapsAloneIsEffective() {
        int before = fake.requests(SEND).size();
        long now = System.currentTimeMillis() / 1000;
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, E2eOrg.WECOM_USER, "打卡",
                msgIds.incrementAndGet(), now)).post().status()).isEqualTo(200);
        Await.until("the check-in card", () -> cards(before).size() == 1);
        String task = cards(before).get(0).get("task_id").getAsString();

        fake.issueResponseCode("RC_v1_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "cust:" + E2eOrg.CUSTOMER, "RC_v1_" + run, now + 1)).post().status()).isEqualTo(200);
        Await.until("the length buttons (card updated in place)", () -> fake.requests(UPDATE).stream()
                .anyMatch(r -> r.json().toString().contains("RC_v1_" + run)));
        fake.issueResponseCode("RC_v2_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "min:30", "RC_v2_" + run, now + 2)).post().status()).isEqualTo(200);
        Await.until("the R2 result card", () -> cards(before).size() == 2);
        String resultTask = com.salesbot.core.card.CardIds.promptIdOf(cards(before).get(1).get("task_id").getAsString());
        Touch visit = touches.find(Long.parseLong(resultTask.substring(2))).orElseThrow();
        assertThat(visit.kind()).isEqualTo(TouchKind.VISIT);
        assertThat(visit.durationSeconds()).isEqualTo(1800);

        fake.issueResponseCode("RC_v3_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, resultTask,
                "tag:demo_booked", "RC_v3_" + run, now + 3)).post().status()).isEqualTo(200);
        Await.until("the visit is tagged", () -> touches.find(visit.id()).orElseThrow().tagged());
        assertThat(new EffectiveTouchRule(Thresholds.defaults()).isEffective(touches.find(visit.id()).orElseThrow()))
                .isTrue();
    }

    @Test
    void myLeadsAdvancesOwnLeadsAndAForgedCallbackForAnotherRepsLeadIsRefusedAndAudited() {
        long now = System.currentTimeMillis();
        org.saveRep(new Rep("e2e-r2", "李四", E2eOrg.TEAM, Role.REP, "lisi-" + run, null, LocalDate.of(2025, 1, 1),
                true));
        customers.save(new Customer("e2e-c2", "别人的客户", "e2e-r2", null, "制造业", "B", 0, false));
        Lead own = leads.insert(new Lead(0, E2eOrg.CUSTOMER, E2eOrg.REP, "展会", now - 86_400_000L * 9, "设备老化",
                "needs", now - 86_400_000L * 8, null));
        Lead others = leads.insert(new Lead(0, "e2e-c2", "e2e-r2", "转介绍", now - 86_400_000L * 3, "价格", "quote",
                now - 86_400_000L * 3, null));
        int before = fake.requests(SEND).size();
        long secs = now / 1000;
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, E2eOrg.WECOM_USER, "我的线索",
                msgIds.incrementAndGet(), secs)).post().status()).isEqualTo(200);
        Await.until("the lead list", () -> cards(before).size() == 1);
        String task = cards(before).get(0).get("task_id").getAsString();

        fake.issueResponseCode("RC_l1_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "adv:" + others.id(), "RC_l1_" + run, secs + 1)).post().status()).isEqualTo(200);
        Await.until("the refusal is audited", () -> audit.find(new AuditQuery(E2eOrg.REP, "lead.advance.refused",
                "lead", Long.toString(others.id()), null, null, 0, 10)).total() == 1);
        assertThat(leads.find(others.id()).orElseThrow().stage()).isEqualTo("quote");

        fake.issueResponseCode("RC_l2_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "adv:" + own.id(), "RC_l2_" + run, secs + 2)).post().status()).isEqualTo(200);
        Await.until("the lead moved", () -> leads.find(own.id()).orElseThrow().stage().equals("quote"));
        assertThat(leads.find(own.id()).orElseThrow().stageEnteredAt()).isGreaterThanOrEqualTo(now);
        var moved = audit.find(new AuditQuery(E2eOrg.REP, "lead.advance", "lead", Long.toString(own.id()), null, null,
                0, 10)).entries();
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).entry().before()).isEqualTo("needs");
        assertThat(moved.get(0).entry().after()).isEqualTo("quote");
        assertThat(moved.get(0).entry().channel()).isEqualTo("wecom");
    }

    @Test
    void myLeadsLosesALeadWithAReasonTapAndAForgedLoseCallbackIsRefusedAndAudited() {
        long now = System.currentTimeMillis();
        org.saveRep(new Rep("e2e-r3", "王五", E2eOrg.TEAM, Role.REP, "wangwu-" + run, null, LocalDate.of(2025, 1, 1),
                true));
        customers.save(new Customer("e2e-c3", "王五的客户", "e2e-r3", null, "制造业", "B", 0, false));
        Lead own = leads.insert(new Lead(0, E2eOrg.CUSTOMER, E2eOrg.REP, "展会", now - 86_400_000L * 30, "预算紧",
                "contact", now - 86_400_000L * 30, null));
        Lead others = leads.insert(new Lead(0, "e2e-c3", "e2e-r3", "转介绍", now - 86_400_000L * 3, "价格", "quote",
                now - 86_400_000L * 3, null));
        int before = fake.requests(SEND).size();
        long secs = now / 1000;
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, E2eOrg.WECOM_USER, "我的线索",
                msgIds.incrementAndGet(), secs)).post().status()).isEqualTo(200);
        Await.until("the lead list", () -> cards(before).size() == 1);
        JsonObject list = cards(before).get(0);
        assertThat(list.toString()).contains("lose:" + own.id());
        String task = list.get("task_id").getAsString();

        // a forged reason tap naming another rep's lead
        fake.issueResponseCode("RC_x1_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "why:" + others.id() + ":price", "RC_x1_" + run, secs + 1)).post().status()).isEqualTo(200);
        Await.until("the refusal is audited", () -> audit.find(new AuditQuery(E2eOrg.REP, "lead.lose.refused",
                "lead", Long.toString(others.id()), null, null, 0, 10)).total() == 1);
        assertThat(leads.find(others.id()).orElseThrow().lost()).isFalse();

        // 输单 on the own lead shows the reasons on the same card; a reason tap closes it
        fake.issueResponseCode("RC_x2_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "lose:" + own.id(), "RC_x2_" + run, secs + 2)).post().status()).isEqualTo(200);
        Await.until("the reason buttons (card updated in place)", () -> fake.requests(UPDATE).stream()
                .anyMatch(r -> r.json().toString().contains("RC_x2_" + run)
                        && r.json().toString().contains("why:" + own.id() + ":competitor")));
        fake.issueResponseCode("RC_x3_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "why:" + own.id() + ":competitor", "RC_x3_" + run, secs + 3)).post().status()).isEqualTo(200);
        Await.until("the lead is lost", () -> leads.find(own.id()).orElseThrow().lost());
        Lead lost = leads.find(own.id()).orElseThrow();
        assertThat(lost.lostReason()).isEqualTo("competitor");
        assertThat(lost.stage()).isEqualTo("contact");
        var entries = audit.find(new AuditQuery(E2eOrg.REP, "lead.lose", "lead", Long.toString(own.id()), null, null,
                0, 10)).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entry().before()).isEqualTo("contact");
        assertThat(entries.get(0).entry().after()).isEqualTo("competitor");
        assertThat(entries.get(0).entry().channel()).isEqualTo("wecom");

        // the same reason tap delivered again changes nothing
        fake.issueResponseCode("RC_x4_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, E2eOrg.WECOM_USER, task,
                "why:" + own.id() + ":price", "RC_x4_" + run, secs + 4)).post().status()).isEqualTo(200);
        Await.until("the repeat is answered", () -> fake.requests(SEND).stream()
                .anyMatch(r -> r.json().toString().contains("不用重复点")));
        assertThat(leads.find(own.id()).orElseThrow()).isEqualTo(lost);
    }

    @Test
    void theMondaySourceCheckCardReachesTheManagerAndItsTapsRecordTheVerifiedSource() {
        long now = System.currentTimeMillis();
        LocalDate today = calendar.dayOf(now);
        long lastWeek = calendar.startOf(today.with(java.time.DayOfWeek.MONDAY).minusDays(7)) + 3_600_000L * 10;
        org.saveTeam(new Team("e2e-t2", "华南组"));
        org.saveRep(new Rep("e2e-r7", "赵七", "e2e-t2", Role.REP, "zhaoqi-" + run, null, LocalDate.of(2025, 1, 1),
                true));
        customers.save(new Customer("e2e-c7", "南方电子", "e2e-r7", null, "制造业", "B", 0, false));
        Lead right = leads.insert(new Lead(0, E2eOrg.CUSTOMER, E2eOrg.REP, "exhibition", lastWeek, "交期", "contact",
                lastWeek, null));
        Lead wrong = leads.insert(new Lead(0, E2eOrg.CUSTOMER, E2eOrg.REP, "referral", lastWeek + 60_000, "价格",
                "contact", lastWeek + 60_000, null));
        Lead south = leads.insert(new Lead(0, "e2e-c7", "e2e-r7", "partner", lastWeek, "扩产", "contact", lastWeek,
                null));
        int before = fake.requests(SEND).size();

        pushOutbox.enqueue(sourceCheck.weekly(today), now);
        Await.until("the source-check card to the manager", () -> cardsTo("wangjl", before).stream()
                .anyMatch(c -> c.toString().contains("来源核对")));
        JsonObject card = cardsTo("wangjl", before).stream().filter(c -> c.toString().contains("来源核对"))
                .findFirst().orElseThrow();
        assertThat(card.toString()).contains("ok:" + right.id()).doesNotContain("ok:" + south.id());
        String task = card.get("task_id").getAsString();
        long secs = now / 1000;

        fake.issueResponseCode("RC_s1_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, "wangjl", task,
                "ok:" + right.id(), "RC_s1_" + run, secs + 1)).post().status()).isEqualTo(200);
        Await.until("the accurate source is recorded",
                () -> "exhibition".equals(leads.find(right.id()).orElseThrow().verifiedSourceChannel()));

        fake.issueResponseCode("RC_s2_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, "wangjl", task,
                "bad:" + wrong.id(), "RC_s2_" + run, secs + 2)).post().status()).isEqualTo(200);
        Await.until("the actual-source buttons", () -> cardsTo("wangjl", before).stream()
                .anyMatch(c -> c.toString().contains("src:" + wrong.id() + ":cold_call")));
        String actualTask = cardsTo("wangjl", before).stream()
                .filter(c -> c.toString().contains("src:" + wrong.id() + ":cold_call")).findFirst().orElseThrow()
                .get("task_id").getAsString();
        fake.issueResponseCode("RC_s3_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, "wangjl", actualTask,
                "src:" + wrong.id() + ":cold_call", "RC_s3_" + run, secs + 3)).post().status()).isEqualTo(200);
        Await.until("the actual source is recorded",
                () -> "cold_call".equals(leads.find(wrong.id()).orElseThrow().verifiedSourceChannel()));

        // a forged tap for another team's lead
        fake.issueResponseCode("RC_s4_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, "wangjl", task,
                "ok:" + south.id(), "RC_s4_" + run, secs + 4)).post().status()).isEqualTo(200);
        Await.until("the refusal is audited", () -> audit.find(new AuditQuery(MANAGER, "lead.source.refused",
                "lead", Long.toString(south.id()), null, null, 0, 10)).total() == 1);
        assertThat(leads.find(south.id()).orElseThrow().verifiedSourceChannel()).isNull();

        // the first tap delivered again: nothing new is audited
        fake.issueResponseCode("RC_s5_" + run);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, "wangjl", task,
                "ok:" + right.id(), "RC_s5_" + run, secs + 5)).post().status()).isEqualTo(200);
        Await.until("the repeat is answered", () -> fake.requests(SEND).stream()
                .anyMatch(r -> r.json().toString().contains("已记录过")));
        var checks = audit.find(new AuditQuery(MANAGER, "lead.source.verify", "lead", null, null, null, 0, 50))
                .entries().stream().filter(e -> e.entry().subjectId().equals(Long.toString(right.id()))
                        || e.entry().subjectId().equals(Long.toString(wrong.id()))).toList();
        assertThat(checks).hasSize(2);
        assertThat(checks).allSatisfy(e -> assertThat(e.entry().channel()).isEqualTo("wecom"));
    }

    private List<JsonObject> cardsTo(String user, int from) {
        List<FakeWecomServer.Request> all = fake.requests(SEND);
        return all.subList(Math.min(from, all.size()), all.size()).stream().map(FakeWecomServer.Request::json)
                .filter(j -> user.equals(j.get("touser").getAsString()))
                .filter(j -> "template_card".equals(j.get("msgtype").getAsString()))
                .map(j -> j.getAsJsonObject("template_card")).toList();
    }

    @Test
    void aOneSidedChatMakesNoTouch() {
        long start = System.currentTimeMillis() - Duration.ofMinutes(50).toMillis();
        int before = chatTouches().size();
        assertThat(postChat(List.of(
                message("one-" + run + "-1", "OUT", start, "王总您好，新品资料发您了"),
                message("one-" + run + "-2", "OUT", start + 60_000, "有空看看"))).status()).isEqualTo(200);
        chatTouches.close();
        assertThat(chatTouches()).hasSize(before);
    }

    private List<JsonObject> cards(int from) {
        List<FakeWecomServer.Request> all = fake.requests(SEND);
        return all.subList(Math.min(from, all.size()), all.size()).stream().map(FakeWecomServer.Request::json)
                .filter(j -> E2eOrg.WECOM_USER.equals(j.get("touser").getAsString()))
                .filter(j -> "template_card".equals(j.get("msgtype").getAsString()))
                .map(j -> j.getAsJsonObject("template_card")).toList();
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Targets and the capability picture end to end on the real MariaDB, over signed WeCom callbacks, replies read back
 * from a local fake of the WeCom API: 目标推演 -> votes -> confirm changes what 目标 shows; 能力矩阵 and 能力雷达
 * upload PNGs; 打卡 shows the customer's 近30天 snapshot before the result card.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TargetsMariaDbE2eTest implements TestPropertyProvider {
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPLOAD = "/cgi-bin/media/upload";
    private static final String MANAGER = "wangwu";
    private static final String REP2 = "zhaoliu";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FakeWecomServer fake = startFake();
    private final AtomicLong msgIds = new AtomicLong(7_500_000_000_000_000_000L + System.nanoTime() % 1_000_000);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    OpportunityStore opportunities;
    @Inject
    PaymentStore payments;
    @Inject
    TargetStore targets;
    @Inject
    TargetsDataStore data;

    private WecomCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = MariaDbE2e.database();
        p.put("wecom.corp-id", FakeWecomServer.CORP);
        p.put("wecom.agent-id", Integer.toString(FakeWecomServer.AGENT));
        p.put("wecom.secret", FakeWecomServer.SECRET);
        p.put("wecom.token", WecomCallbacks.TOKEN);
        p.put("wecom.aes-key", Vectors.A_KEY);
        p.put("wecom.api-base-url", fake.baseUrl());
        p.put("salesbot.demo.enabled", "false");
        p.put("salesbot.pump.interval", "200ms");
        return p;
    }

    @BeforeAll
    void seed() {
        E2eOrg.seed(org, customers);
        org.saveRep(new Rep("e2e-m1", "王五", E2eOrg.TEAM, Role.MANAGER, MANAGER, null, LocalDate.of(2024, 1, 1), true));
        org.saveRep(new Rep("e2e-r2", "赵六", E2eOrg.TEAM, Role.REP, REP2, null, LocalDate.of(2024, 1, 1), true));
        customers.save(new Customer("e2e-c2", "华南电子", "e2e-r2", null, "制造业", "B", 0, true));
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        payments.save(new Payment("e2e-p1", E2eOrg.REP, E2eOrg.CUSTOMER, null, 600_000_00L, now - 60 * day));
        payments.save(new Payment("e2e-p2", "e2e-r2", "e2e-c2", null, 300_000_00L, now - 50 * day));
        opportunities.save(new Opportunity("e2e-o1", E2eOrg.CUSTOMER, E2eOrg.REP, 500_000_00L, "quote", true, true, true,
                null, OpportunityStatus.OPEN, true, now - 20 * day, 0));
        opportunities.save(new Opportunity("e2e-w1", E2eOrg.CUSTOMER, E2eOrg.REP, 400_000_00L, "won", true, true, true,
                null, OpportunityStatus.WON, true, now - 120 * day, now - 30 * day));
        opportunities.save(new Opportunity("e2e-w2", "e2e-c2", "e2e-r2", 80_000_00L, "won", true, true, true,
                null, OpportunityStatus.WON, false, now - 90 * day, now - 20 * day));
        opportunities.save(new Opportunity("e2e-l2", "e2e-c2", "e2e-r2", 900_000_00L, "lost", true, false, false,
                null, OpportunityStatus.LOST, true, now - 90 * day, now - 25 * day));
        targets.save(new Target(E2eOrg.REP, YearMonth.now(ZONE), 1_234_00L));
        data.saveOrders(List.of(new CustomerOrder("e2e-ord1", E2eOrg.CUSTOMER, 120_000_00L, "待发货", false,
                now - 3 * day)));
        data.saveKbSearches(List.of(new KbSearch(E2eOrg.CUSTOMER, "设备保修", now - 2 * day)));
        callbacks = new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    @Order(1)
    void sandboxVoteAndConfirmChangeWhatTargetShows() {
        int before = fake.requests(SEND).size();
        assertThat(say(E2eOrg.WECOM_USER, "目标")).contains(Formats.money(1_234_00L));

        // the manager runs the sandbox: every team member gets the three-plan card
        say(MANAGER, "目标推演");
        Await.until("plan cards to all three", () -> planCard(E2eOrg.WECOM_USER, before) != null
                && planCard(REP2, before) != null && planCard(MANAGER, before) != null);
        JsonObject repCard = planCard(E2eOrg.WECOM_USER, before);
        assertThat(repCard.getAsJsonArray("button_list").toString()).contains("vote:AGGRESSIVE", "vote:STEADY",
                "vote:CONSERVATIVE").doesNotContain("confirm");
        assertThat(planCard(MANAGER, before).getAsJsonArray("button_list").toString()).contains("confirm");

        // 张三 votes 激进, then changes to 保守; 赵六 votes 保守; the tally is shown to each voter
        assertThat(tap(E2eOrg.WECOM_USER, repCard, "vote:AGGRESSIVE")).contains("已投「激进」");
        assertThat(tap(E2eOrg.WECOM_USER, repCard, "vote:CONSERVATIVE")).contains("已改投「保守」")
                .contains("保守 1").contains("1 人已投");
        assertThat(tap(REP2, planCard(REP2, before), "vote:CONSERVATIVE")).contains("保守 2");

        // a rep cannot confirm; the manager confirms the leading plan and everyone hears about it
        assertThat(tap(E2eOrg.WECOM_USER, repCard, "confirm")).contains("只有本团队主管");
        int beforeConfirm = fake.requests(SEND).size();
        tapCard(MANAGER, planCard(MANAGER, before), "confirm");
        Await.until("the confirmation to 张三", () -> texts(E2eOrg.WECOM_USER, beforeConfirm).stream()
                .anyMatch(t -> t.contains("目标已确认: 保守方案")));

        long month = targets.find(E2eOrg.REP, YearMonth.now(ZONE)).orElseThrow().amountFen();
        assertThat(month).isNotEqualTo(1_234_00L).isPositive();
        assertThat(say(E2eOrg.WECOM_USER, "目标")).contains(Formats.money(month));
        // the vote is closed now
        assertThat(tap(REP2, planCard(REP2, before), "vote:AGGRESSIVE")).contains("投票已结束");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    @Order(2)
    void matrixAndRadarArriveAsPngImages() {
        int uploads = fake.requests(UPLOAD).size();
        int before = fake.requests(SEND).size();

        say(MANAGER, "能力矩阵");
        Await.until("the matrix image", () -> images(MANAGER, before) >= 1);
        assertThat(texts(MANAGER, before)).anyMatch(t -> t.contains("能力-资源矩阵"));
        say(E2eOrg.WECOM_USER, "能力雷达");
        Await.until("the radar image", () -> images(E2eOrg.WECOM_USER, before) >= 1);
        assertThat(texts(E2eOrg.WECOM_USER, before)).anyMatch(t -> t.contains("能力雷达 · 张三"));
        // the manager may look at a rep of the team; the rep may not look at another rep
        say(MANAGER, "能力雷达 赵六");
        Await.until("赵六's radar to the manager", () -> images(MANAGER, before) >= 2);
        assertThat(say(E2eOrg.WECOM_USER, "能力雷达 赵六")).contains("只能查看自己");

        assertThat(fake.requests(UPLOAD).size()).isGreaterThanOrEqualTo(uploads + 3);
        assertThat(fake.violations()).isEmpty(); // the fake refuses uploads without PNG data
    }

    @Test
    @Order(3)
    void checkinShowsTheThirtyDaySnapshotBeforeTheResultCard() {
        int before = fake.requests(SEND).size();
        say(E2eOrg.WECOM_USER, "打卡 30分钟");
        Await.until("the check-in card", () -> cards(E2eOrg.WECOM_USER, before).stream()
                .anyMatch(c -> c.getAsJsonArray("button_list").toString().contains("cust:" + E2eOrg.CUSTOMER)));
        JsonObject checkin = cards(E2eOrg.WECOM_USER, before).stream().filter(c -> c.getAsJsonArray("button_list")
                .toString().contains("cust:" + E2eOrg.CUSTOMER)).findFirst().orElseThrow();
        int afterCheckin = fake.requests(SEND).size();

        tapCard(E2eOrg.WECOM_USER, checkin, "cust:" + E2eOrg.CUSTOMER);
        Await.until("the result card", () -> cards(E2eOrg.WECOM_USER, afterCheckin).stream()
                .anyMatch(c -> c.get("task_id").getAsString().startsWith("r-")));
        List<JsonObject> after = sends(E2eOrg.WECOM_USER, afterCheckin);
        String first = content(after.get(0));
        assertThat(first).contains("近30天").contains(E2eOrg.CUSTOMER_NAME).contains("订单 1 笔, 1 笔待履约")
                .contains("设备保修");
        assertThat(after.get(1).get("msgtype").getAsString()).isEqualTo("template_card");

        // a customer without any data gets no snapshot card at all
        int beforeOther = fake.requests(SEND).size();
        say(REP2, "打卡 30分钟");
        Await.until("赵六's check-in card", () -> !cards(REP2, beforeOther).isEmpty());
        JsonObject other = cards(REP2, beforeOther).get(0);
        int afterOther = fake.requests(SEND).size();
        tapCard(REP2, other, "cust:e2e-c2");
        Await.until("赵六's result card", () -> !cards(REP2, afterOther).isEmpty());
        assertThat(sends(REP2, afterOther)).noneMatch(j -> content(j).contains("近30天"));
    }

    // ---- helpers ----

    /** Sends a text and returns everything answered to the sender as text once at least one reply arrived. */
    private String say(String user, String text) {
        int before = fake.requests(SEND).size();
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, user, text, msgIds.incrementAndGet(),
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
        Await.until("a reply to " + text, () -> !sends(user, before).isEmpty());
        Await.settle(java.time.Duration.ofMillis(400));
        return String.join("\n", texts(user, before));
    }

    private String tap(String user, JsonObject card, String key) {
        int before = fake.requests(SEND).size();
        tapCard(user, card, key);
        Await.until("an answer to " + key, () -> !sends(user, before).isEmpty());
        return String.join("\n", texts(user, before));
    }

    private void tapCard(String user, JsonObject card, String key) {
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, user,
                card.get("task_id").getAsString(), key, "RC_" + msgIds.incrementAndGet(),
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
    }

    private JsonObject planCard(String user, int from) {
        return cards(user, from).stream().filter(c -> c.get("task_id").getAsString().startsWith("tp-")).findFirst()
                .orElse(null);
    }

    private List<JsonObject> sends(String user, int from) {
        List<FakeWecomServer.Request> all = fake.requests(SEND);
        return all.subList(Math.min(from, all.size()), all.size()).stream().map(FakeWecomServer.Request::json)
                .filter(j -> user.equals(j.get("touser").getAsString())).toList();
    }

    private List<JsonObject> cards(String user, int from) {
        return sends(user, from).stream().filter(j -> "template_card".equals(j.get("msgtype").getAsString()))
                .map(j -> j.getAsJsonObject("template_card")).toList();
    }

    private long images(String user, int from) {
        return sends(user, from).stream().filter(j -> "image".equals(j.get("msgtype").getAsString())).count();
    }

    private List<String> texts(String user, int from) {
        return sends(user, from).stream().map(TargetsMariaDbE2eTest::content).toList();
    }

    private static String content(JsonObject j) {
        return switch (j.get("msgtype").getAsString()) {
            case "text" -> j.getAsJsonObject("text").get("content").getAsString();
            case "markdown" -> j.getAsJsonObject("markdown").get("content").getAsString();
            default -> j.toString();
        };
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealReviewStore;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.ReviewStatus;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * R11/R21 end to end on the real MariaDB (database from SALESBOT_TEST_DB, wiped and migrated at start-up) and the
 * in-memory shared state, over signed WeCom callbacks: 签单 creates a deal, a risky one reaches the
 * manager as a review card, 通过 clears it, 我的奖金 shows the parts; a bad import row writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealChatMariaDbE2eTest implements TestPropertyProvider {
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPDATE = "/cgi-bin/message/update_template_card";
    private static final String TOKEN = "deal-e2e-token-41b";
    private static final String REP_USER = "deal_rep";
    private static final String MANAGER_USER = "deal_mgr";
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final FakeWecomServer fake = startFake();
    private final AtomicLong msgIds = new AtomicLong(7_400_000_000_000_000_000L + System.nanoTime() % 1_000_000);
    private final AtomicLong codes = new AtomicLong();

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    DealStore deals;
    @Inject
    DealReviewStore reviews;

    private WecomCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = MariaDbE2e.database();
        p.put("salesbot.api-token", TOKEN);
        p.put("wecom.corp-id", FakeWecomServer.CORP);
        p.put("wecom.agent-id", Integer.toString(FakeWecomServer.AGENT));
        p.put("wecom.secret", FakeWecomServer.SECRET);
        p.put("wecom.token", WecomCallbacks.TOKEN);
        p.put("wecom.aes-key", Vectors.A_KEY);
        p.put("wecom.api-base-url", fake.baseUrl());
        p.put("salesbot.pump.interval", "200ms");
        return p;
    }

    @BeforeAll
    void seed() {
        org.saveTeam(new Team("dt1", "大客户组"));
        org.saveRep(new Rep("dr1", "赵敏", "dt1", Role.REP, REP_USER, null, LocalDate.of(2025, 1, 2), true));
        org.saveRep(new Rep("dm1", "钱经理", "dt1", Role.MANAGER, MANAGER_USER, null, LocalDate.of(2024, 1, 2), true));
        customers.save(new Customer("dc1", "南方制药", "dr1", null, "医药", "A", 0, false));
        callbacks = new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    void aRiskyDealReportedInChatReachesTheManagerWhoApprovesItAndTheRepSeesTheParts() {
        int before = sends(REP_USER, 0).size();
        say(REP_USER, "签单");
        JsonObject card = awaitCard(REP_USER, before, 1);
        assertThat(card.getAsJsonArray("button_list").toString()).contains("cust:dc1");
        String task = card.get("task_id").getAsString();

        tap(REP_USER, task, "cust:dc1");
        assertThat(awaitCard(REP_USER, before, 2).getAsJsonArray("button_list").toString()).contains("opp:-");
        tap(REP_USER, task, "opp:-");
        Await.until("the amount question", () -> sends(REP_USER, before).size() >= 3);
        say(REP_USER, "50万");
        awaitCard(REP_USER, before, 3);
        // decision chain: only purchasing (a risk signal); custom clause: none (standard template, a risk signal)
        for (String key : List.of("i:chain:proc", "i:custom:no", "i:pay:yes", "i:impl:yes", "i:csm:yes")) {
            int n = sends(REP_USER, before).size();
            tap(REP_USER, task, key);
            Await.until("the answer to " + key, () -> sends(REP_USER, before).size() > n);
        }
        List<Deal> mine = deals.ofReps(List.of("dr1"));
        assertThat(mine).hasSize(1);
        Deal deal = mine.get(0);
        assertThat(deal.amountFen()).isEqualTo(50_000_000L);
        assertThat(deal.firstPaymentFen()).isEqualTo(15_000_000L);
        assertThat(reviews.review(deal.id())).hasValueSatisfying(r -> assertThat(r.status())
                .isEqualTo(ReviewStatus.PENDING));
        JsonObject last = sends(REP_USER, before).get(sends(REP_USER, before).size() - 1);
        assertThat(last.toString()).contains("已提交主管复核");

        // the manager got the review card with 通过 / 退回补充
        Await.until("the manager's review card", () -> !cards(MANAGER_USER, 0).isEmpty());
        JsonObject review = cards(MANAGER_USER, 0).get(0);
        assertThat(review.getAsJsonArray("button_list").toString())
                .contains("deal-review:approve:" + deal.id()).contains("deal-review:return:" + deal.id());
        int managerBefore = sends(MANAGER_USER, 0).size();
        tap(MANAGER_USER, review.get("task_id").getAsString(), "deal-review:approve:" + deal.id());
        Await.until("the approval", () -> reviews.review(deal.id()).orElseThrow().status() == ReviewStatus.APPROVED);
        // the review may still be arriving in parts (card, then its continuation): look for the answer by content
        Await.until("the confirmation", () -> said(MANAGER_USER, managerBefore, "已通过"));
        assertThat(reviews.review(deal.id()).orElseThrow().decidedBy()).isEqualTo("dm1");

        // 待复核 is empty now
        int n = sends(MANAGER_USER, 0).size();
        say(MANAGER_USER, "待复核");
        Await.until("the empty queue", () -> said(MANAGER_USER, n, "暂无待复核"));

        // 我的奖金 shows the three parts
        int m = sends(REP_USER, 0).size();
        say(REP_USER, "我的奖金");
        Await.until("the statement", () -> said(REP_USER, m, "已发放"));
        String statement = sends(REP_USER, m).stream().map(JsonObject::toString).filter(t -> t.contains("已发放"))
                .findFirst().orElseThrow();
        assertThat(statement).contains("待满6个月").contains("待续约").contains("系数");
        assertThat(fake.violations()).isEmpty();
    }

    @Test
    void aDealImportWithABadRowIsRefusedAndWritesNothing() {
        String body = "[{\"id\":\"imp-" + run + "-1\",\"customerId\":\"dc1\",\"repId\":\"dr1\",\"amountFen\":1000,"
                + "\"signedOn\":\"2026-03-02\"},{\"id\":\"imp-" + run + "-2\",\"customerId\":\"dc1\","
                + "\"repId\":\"nobody\",\"amountFen\":1000,\"signedOn\":\"2026-03-02\"}]";
        Http.Answer answer = Http.post(server.getURI().resolve("/api/import/deals"), "application/json", body,
                Map.of("Authorization", "Bearer " + TOKEN));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"row\":2").contains("repId");
        assertThat(deals.find("imp-" + run + "-1")).isEmpty();
    }

    private void say(String user, String text) {
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, user, text, msgIds.incrementAndGet(),
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
    }

    private void tap(String user, String task, String key) {
        String code = "RC_deal_" + run + "_" + codes.incrementAndGet();
        fake.issueResponseCode(code);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, user, task, key, code,
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
    }

    /**
     * Everything the user got, in order: message/send, and update_template_card (an answer to a tap that is the
     * same dialog's next card replaces the tapped card), the latter as {msgtype: template_card, template_card}.
     */
    private List<JsonObject> sends(String user, int from) {
        List<JsonObject> out = new java.util.ArrayList<>();
        for (FakeWecomServer.Request r : fake.requests()) {
            if (r.path().equals(SEND) && user.equals(r.json().get("touser").getAsString())) {
                out.add(r.json());
            } else if (r.path().equals(UPDATE) && r.json().getAsJsonArray("userids").toString().contains(user)) {
                JsonObject wrapped = new JsonObject();
                wrapped.addProperty("msgtype", r.json().has("template_card") ? "template_card" : "update");
                if (r.json().has("template_card")) {
                    wrapped.add("template_card", r.json().getAsJsonObject("template_card"));
                } else {
                    wrapped.add("button", r.json().get("button"));
                }
                out.add(wrapped);
            }
        }
        return out.subList(Math.min(from, out.size()), out.size());
    }

    private boolean said(String user, int from, String text) {
        return sends(user, from).stream().anyMatch(j -> j.toString().contains(text));
    }

    private List<JsonObject> cards(String user, int from) {
        return sends(user, from).stream().filter(j -> "template_card".equals(j.get("msgtype").getAsString()))
                .map(j -> j.getAsJsonObject("template_card")).toList();
    }

    private JsonObject awaitCard(String user, int from, int count) {
        Await.until(count + " card(s) to " + user, () -> cards(user, from).size() >= count);
        return cards(user, from).get(count - 1);
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.salesbot.bot.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workbench's JSON API end to end on the real MariaDB, signed in through the WeCom OAuth2 flow against the local
 * fake: the scope table (rep / manager / director x own / other team), the one-tap result tag with CSRF and audit,
 * sign-out, and the pages for people the org does not know.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchApiMariaDbTest implements TestPropertyProvider {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final FakeWecomServer fake = startFake();

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TargetStore targets;
    @Inject
    PaymentStore payments;
    @Inject
    OpportunityStore opportunities;
    @Inject
    TouchStore touches;
    @Inject
    LeadStore leads;
    @Inject
    AuditTrail audit;
    @Inject
    com.salesbot.core.usecase.RelayComplianceHit compliance;
    @Inject
    com.salesbot.core.deal.DealDesk desk;
    @Inject
    com.salesbot.core.feature.targets.TargetSandboxService sandbox;

    private long touchId;
    private long otherTouchId;
    private long listedTouchId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(WorkbenchTestOrg.mariaDb("wb-api"));
        p.putAll(WorkbenchTestOrg.wecom(fake));
        return p;
    }

    @BeforeAll
    void seed() {
        WorkbenchTestOrg.seed(org);
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        customers.save(new Customer("wb-c1", "华东精密机械", "wb-r1", null, "制造业", "A", 0, false));
        customers.save(new Customer("wb-c2", "华南电子", "wb-r2", null, "制造业", "B", 0, false));
        targets.save(new Target("wb-r1", YearMonth.now(ZONE), 1_000_000_00L));
        targets.save(new Target("wb-r2", YearMonth.now(ZONE), 500_000_00L));
        long monthStart = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        payments.save(new Payment("wb-p1", "wb-r1", "wb-c1", null, 200_000_00L, monthStart));
        opportunities.save(new Opportunity("wb-o1", "wb-c1", "wb-r1", 300_000_00L, "quote", true, true, true,
                null, OpportunityStatus.OPEN, false, now - 5 * day, 0));
        touchId = touches.insert(new Touch(0, "wb-r1", "wb-c1", TouchKind.CALL, now - 3_600_000L, 600, null, null, 0,
                "test", "wb-t-" + now)).id();
        listedTouchId = touches.insert(new Touch(0, "wb-r1", "wb-c1", TouchKind.VISIT, now - 7_200_000L, 900, null,
                null, 0, "test", "wb-t3-" + now)).id();
        otherTouchId = touches.insert(new Touch(0, "wb-r2", "wb-c2", TouchKind.VISIT, now - 7_200_000L, 1800, null,
                null, 0, "test", "wb-t2-" + now)).id();
        leads.insert(new Lead(0, "wb-c1", "wb-r1", "exhibition", now - 30 * day, "设备老化", "needs", now - 12 * day,
                null));
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    /** who signs in, whose data (rep id or team id), expected status. */
    @ParameterizedTest(name = "{0} -> {1} {2} = {3}")
    @CsvSource({
            // a rep: own data yes; a teammate, another team, the team pages no
            "wb_r1, today,   wb-r1, 200",
            "wb_r1, today,   wb-r3, 403",
            "wb_r1, today,   wb-r2, 403",
            "wb_r1, team,    wb-t1, 403",
            "wb_r1, team,    wb-t2, 403",
            // a manager: the own team and its people yes; the other team no
            "wb_m1, today,   wb-r1, 200",
            "wb_m1, today,   wb-r2, 403",
            "wb_m1, team,    wb-t1, 200",
            "wb_m1, team,    wb-t2, 403",
            "wb_m1, heatmap, wb-t2, 403",
            "wb_m1, dwell,   wb-t2, 403",
            // a director: everything
            "wb_d1, today,   wb-r1, 200",
            "wb_d1, today,   wb-r2, 200",
            "wb_d1, team,    wb-t1, 200",
            "wb_d1, team,    wb-t2, 200",
            "wb_d1, heatmap, wb-t2, 200",
    })
    void scopeTable(String wecomUser, String call, String subject, int expected) {
        WorkbenchClient client = signedIn(wecomUser);
        String path = switch (call) {
            case "today" -> "/workbench/api/today?repId=" + subject;
            case "team" -> "/workbench/api/team?teamId=" + subject + "&days=7";
            case "heatmap" -> "/workbench/api/team/heatmap.png?teamId=" + subject + "&days=7";
            case "dwell" -> "/workbench/api/team/dwell.csv?teamId=" + subject;
            default -> throw new IllegalArgumentException(call);
        };
        WorkbenchClient.Answer answer = client.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(answer.body()).contains("\"error\":\"forbidden\"").contains("只能查看");
        }
    }

    @Test
    void todayShowsTargetHealthUntaggedTouchesAndLeadsByDwell() {
        WorkbenchClient rep = signedIn("wb_r1");
        String me = rep.get("/workbench/api/me").body();
        assertThat(me).contains("\"name\":\"张三\"").contains("\"teamArea\":false").contains("\"admin\":false");

        String today = rep.get("/workbench/api/today").body();
        assertThat(today).contains("\"targetFen\":100000000").contains("\"achievedFen\":20000000")
                .contains("\"gapFen\":80000000").contains("\"completion\":20.0");
        assertThat(today).contains("\"id\":" + listedTouchId).contains("华东精密机械").doesNotContain("\"id\":" + otherTouchId)
                .doesNotContain("华南电子");
        assertThat(today).contains("\"stage\":\"需求确认\"").contains("\"days\":12");
        WorkbenchClient.Answer chart = rep.get("/workbench/api/target.png");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void managerSeesTheTeamWithHeatmapTargetsWarningsAndDwellCsv() {
        WorkbenchClient manager = signedIn("wb_m1");
        assertThat(manager.get("/workbench/api/teams").body()).contains("wb-t1").doesNotContain("wb-t2");
        String team = manager.get("/workbench/api/team?teamId=wb-t1&days=10").body();
        assertThat(team).contains("\"days\":10").contains("\"repName\":\"张三\"").contains("\"repName\":\"李四\"")
                .doesNotContain("王五\",\"counts"); // the manager is not a heatmap row (R4: reps only)
        // 张三: gap 80万, qualified reserve 30万 < 1.8 x gap -> red, named in the warnings
        assertThat(team).contains("\"status\":\"RED\"").contains("张三：缺口");
        WorkbenchClient.Answer png = manager.get("/workbench/api/team/heatmap.png?teamId=wb-t1&days=10");
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Type")).startsWith("image/png");
        WorkbenchClient.Answer csv = manager.get("/workbench/api/team/dwell.csv?teamId=wb-t1");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF排名").contains("华东精密机械,张三,需求确认,12");
        assertThat(manager.get("/workbench/api/team?teamId=wb-t1&days=4").status()).isEqualTo(400);
        assertThat(manager.get("/workbench/api/team?teamId=wb-t1&days=31").status()).isEqualTo(400);
    }

    @Test
    void teamPageShowsTheTeamsComplianceAlertsWithTheirEvidenceOnlyToThatTeam() {
        compliance.relay(new com.salesbot.core.usecase.RelayComplianceHit.Command("wb-r1", "wb-c1", "wb-msg-1",
                new com.salesbot.core.tagging.ComplianceHit(com.salesbot.core.tagging.ComplianceKind.POLICY_WORDING,
                        "保证", "我们保证三个月回本")));
        assertThat(signedIn("wb_m1").get("/workbench/api/team?teamId=wb-t1").body())
                .contains("我们保证三个月回本").contains("张三 → 华东精密机械");
        assertThat(signedIn("wb_d1").get("/workbench/api/team?teamId=wb-t2").body()).doesNotContain("我们保证三个月回本");
    }

    @Test
    void oneTapResultNeedsCsrfStaysInScopeIsOnceAndAudited() {
        WorkbenchClient other = signedIn("wb_m2");
        assertThat(other.change("/workbench/api/touches/" + touchId + "/result", "{\"tag\":\"demo_booked\"}")
                .status()).isEqualTo(403);

        WorkbenchClient rep = signedIn("wb_r1");
        // no token, a wrong token, a foreign origin: refused, nothing written
        assertThat(rep.post("/workbench/api/touches/" + touchId + "/result", "{\"tag\":\"demo_booked\"}").status())
                .isEqualTo(403);
        assertThat(rep.post("/workbench/api/touches/" + touchId + "/result", "{\"tag\":\"demo_booked\"}",
                Map.of(WorkbenchSessions.CSRF_HEADER, "forged")).status()).isEqualTo(403);
        assertThat(touches.find(touchId).orElseThrow().tagged()).isFalse();
        assertThat(rep.change("/workbench/api/touches/" + touchId + "/result", "{\"tag\":\"nonsense\"}").status())
                .isEqualTo(400);

        WorkbenchClient.Answer tagged = rep.change("/workbench/api/touches/" + touchId + "/result",
                "{\"tag\":\"demo_booked\"}");
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
        assertThat(tagged.body()).contains("已记录");
        assertThat(touches.find(touchId).orElseThrow().resultTag()).isEqualTo("demo_booked");
        assertThat(rep.change("/workbench/api/touches/" + touchId + "/result", "{\"tag\":\"quoted\"}").status())
                .isEqualTo(409);
        var entries = audit.find(new AuditQuery("wb-r1", "touch.result", null, null, null, null, 0, 10)).entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entry().channel()).isEqualTo("workbench");
        assertThat(entries.get(0).entry().subjectId()).isEqualTo(Long.toString(touchId));
    }

    @Test
    void withoutAValidSessionEverythingIs401AndSignOutEndsTheSession() {
        WorkbenchClient nobody = new WorkbenchClient(server.getURI());
        assertThat(nobody.get("/workbench/api/today").status()).isEqualTo(401);
        nobody.cookies.put(WorkbenchSessions.COOKIE, "d2ItcjE~9999999999999~wecom~abc.forgedmac");
        assertThat(nobody.get("/workbench/api/today").status()).isEqualTo(401);

        WorkbenchClient rep = signedIn("wb_r1");
        String cookie = rep.cookies.get(WorkbenchSessions.COOKIE);
        assertThat(rep.get("/workbench").body()).contains("销售助手工作台");
        rep.change("/workbench/signout", "{}");
        assertThat(rep.cookies).doesNotContainKey(WorkbenchSessions.COOKIE);
        // the old cookie replayed after sign-out is dead too
        WorkbenchClient replay = new WorkbenchClient(server.getURI());
        replay.cookies.put(WorkbenchSessions.COOKIE, cookie);
        assertThat(replay.get("/workbench/api/today").status()).isEqualTo(401);
    }

    @Test
    void unknownPersonSeesNotSetUpAndAUsedCodeIsRefused() {
        fake.signedInMember("stranger");
        WorkbenchClient stranger = new WorkbenchClient(server.getURI());
        WorkbenchClient.Answer page = stranger.signInThroughWecom();
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("尚未开通");
        assertThat(stranger.cookies).doesNotContainKey(WorkbenchSessions.COOKIE);

        // a code works once: replaying the return URL (same state cookie) is refused
        fake.signedInMember("wb_r1");
        WorkbenchClient rep = new WorkbenchClient(server.getURI());
        WorkbenchClient.Answer start = rep.get("/workbench");
        String back = rep.get(java.net.URI.create(start.header("Location"))).header("Location");
        String state = rep.cookies.get(WorkbenchSessions.STATE_COOKIE);
        assertThat(rep.get(java.net.URI.create(back)).status()).isEqualTo(303);
        WorkbenchClient replay = new WorkbenchClient(server.getURI());
        replay.cookies.put(WorkbenchSessions.STATE_COOKIE, state);
        WorkbenchClient.Answer again = replay.get(java.net.URI.create(back));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("登录码无效或已用过");
        // a return without the state cookie of this browser (login CSRF) is refused before the code is used
        fake.signedInMember("wb_r1");
        WorkbenchClient victim = new WorkbenchClient(server.getURI());
        String foreign = new WorkbenchClient(server.getURI()).get(java.net.URI.create(
                victim.get("/workbench").header("Location"))).header("Location");
        assertThat(new WorkbenchClient(server.getURI()).get(java.net.URI.create(foreign)).status()).isEqualTo(400);
    }

    @Test
    void dealReviewQueueIsTheManagersAndApproveOrReturnGoesThroughDealDesk() {
        Deal risky = new Deal("wb-deal1", "wb-c1", "wb-r1", null, 100_000_00L, LocalDate.now(ZONE), null, null, false,
                null, false, Map.of(DecisionRole.PURCHASING, "拜访"), 0, null, null, false, null, 0);
        assertThat(desk.record(risky, "api", "api").queued()).isTrue();

        WorkbenchClient rep = signedIn("wb_r1");
        assertThat(rep.get("/workbench/api/deals").body()).doesNotContain("wb-deal1\",\"repName");
        assertThat(rep.get("/workbench/api/deals?repId=wb-r2").status()).isEqualTo(403);
        assertThat(rep.change("/workbench/api/deals/wb-deal1/review", "{\"approve\":true}").status())
                .isEqualTo(403);
        WorkbenchClient other = signedIn("wb_m2");
        assertThat(other.get("/workbench/api/deals").body()).doesNotContain("wb-deal1");
        assertThat(other.change("/workbench/api/deals/wb-deal1/review", "{\"approve\":true}").status())
                .isEqualTo(403);

        WorkbenchClient manager = signedIn("wb_m1");
        assertThat(manager.get("/workbench/api/deals").body()).contains("\"dealId\":\"wb-deal1\"")
                .contains("华东精密机械");
        assertThat(manager.post("/workbench/api/deals/wb-deal1/review", "{\"approve\":false}").status())
                .isEqualTo(403);
        assertThat(manager.change("/workbench/api/deals/wb-deal1/review", "{\"note\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(manager.change("/workbench/api/deals/wb-deal1/review",
                "{\"approve\":false,\"note\":\"" + "补".repeat(101) + "\"}").status()).isEqualTo(400);
        WorkbenchClient.Answer returned = manager.change("/workbench/api/deals/wb-deal1/review",
                "{\"approve\":false,\"note\":\"请补充IT负责人会议纪要\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("已退回补充");
        assertThat(manager.change("/workbench/api/deals/wb-deal1/review", "{\"approve\":true}").status())
                .isEqualTo(409);
        var entries = audit.find(new AuditQuery("wb-m1", "deal.review.return", null, "wb-deal1", null, null, 0, 10))
                .entries();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entry().channel()).isEqualTo("workbench");
        assertThat(entries.get(0).entry().after()).contains("请补充IT负责人会议纪要");
    }

    @Test
    void membersVoteOnTheirTeamsPlanAndTheMatrixIsForManagers() {
        java.time.LocalDate today = LocalDate.now(ZONE);
        var session = sandbox.run("wb-m1", "wb-t1", com.salesbot.core.model.Quarter.of(today).next(),
                System.currentTimeMillis(), "api");

        WorkbenchClient rep = signedIn("wb_r1");
        String page = rep.get("/workbench/api/targets").body();
        assertThat(page).contains("\"sessionId\":" + session.id()).contains("\"canVote\":true")
                .contains("\"kind\":\"STEADY\"").doesNotContain("\"teamWide\":true");
        assertThat(rep.change("/workbench/api/plans/" + session.id() + "/vote", "{\"kind\":\"BOLD\"}").status())
                .isEqualTo(400);
        WorkbenchClient.Answer voted = rep.change("/workbench/api/plans/" + session.id() + "/vote",
                "{\"kind\":\"STEADY\"}");
        assertThat(voted.status()).as(voted.body()).isEqualTo(200);
        assertThat(voted.body()).contains("已投「稳健」");
        assertThat(rep.get("/workbench/api/targets").body()).contains("\"myBallot\":\"STEADY\"");
        assertThat(rep.get("/workbench/api/matrix.png?teamId=wb-t1").status()).isEqualTo(403);
        assertThat(rep.get("/workbench/api/radar.png?repId=wb-r3").status()).isEqualTo(403);
        var votes = audit.find(new AuditQuery("wb-r1", "target-plan.vote", null, null, null, null, 0, 10)).entries();
        assertThat(votes).extracting(e -> e.entry().channel()).containsExactly("workbench");

        WorkbenchClient stranger = signedIn("wb_r2");
        assertThat(stranger.get("/workbench/api/targets?teamId=wb-t1").status()).isEqualTo(403);
        WorkbenchClient otherManager = signedIn("wb_m2");
        assertThat(otherManager.change("/workbench/api/plans/" + session.id() + "/vote", "{\"kind\":\"STEADY\"}")
                .status()).isEqualTo(409);
        WorkbenchClient manager = signedIn("wb_m1");
        assertThat(manager.get("/workbench/api/targets").body()).contains("\"teamWide\":true");
    }

    @Test
    void adminAreaIsForDirectorsAndTheApiTokenWithRowByRowImportReports() {
        assertThat(signedIn("wb_r1").get("/workbench/api/admin/audit").status()).isEqualTo(403);
        assertThat(signedIn("wb_m1").get("/workbench/api/admin/config").status()).isEqualTo(403);
        assertThat(signedIn("wb_m1").get("/workbench/api/me").body()).contains("\"admin\":false");

        WorkbenchClient director = signedIn("wb_d1");
        assertThat(director.get("/workbench/api/me").body()).contains("\"admin\":true");
        String config = director.get("/workbench/api/admin/config").body();
        assertThat(config).contains("\"key\":\"heatmapDays\",\"value\":\"7\",\"source\":\"thresholds.yml 第")
                .contains("\"key\":\"quietHours.start\"").contains("schedule.yml 第");
        assertThat(director.get("/workbench/api/admin/audit").status()).isEqualTo(200);

        String bad = "id,name\nwb-t9,\n,无编号组\n";
        assertThat(director.post("/workbench/api/admin/import/teams", bad, Map.of("Content-Type", "text/csv"))
                .status()).as("no CSRF token").isEqualTo(403);
        WorkbenchClient.Answer refused = director.change("/workbench/api/admin/import/teams", bad, "text/csv");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"row\":1").contains("\"row\":2").contains("\"imported\":0");
        assertThat(org.findTeam("wb-t9")).isEmpty();
        WorkbenchClient.Answer ok = director.change("/workbench/api/admin/import/teams", "id,name\nwb-t9,西北一组\n",
                "text/csv");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(org.findTeam("wb-t9")).isPresent();
        assertThat(director.change("/workbench/api/admin/import/nonsense", "id\n1\n", "text/csv").status())
                .isEqualTo(404);

        WorkbenchClient tokenHolder = new WorkbenchClient(server.getURI());
        assertThat(tokenHolder.get("/workbench/api/admin/audit").status()).isEqualTo(401);
        WorkbenchClient.Answer withToken = tokenHolder.post("/workbench/api/admin/import/teams",
                "id,name\nwb-t8,东北一组\n", Map.of("Content-Type", "text/csv",
                        "Authorization", "Bearer " + WorkbenchTestOrg.API_TOKEN));
        assertThat(withToken.status()).as(withToken.body()).isEqualTo(200);
    }

    private WorkbenchClient signedIn(String wecomUser) {
        fake.signedInMember(wecomUser);
        WorkbenchClient client = new WorkbenchClient(server.getURI());
        WorkbenchClient.Answer done = client.signInThroughWecom();
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/workbench");
        assertThat(client.cookies).containsKey(WorkbenchSessions.COOKIE);
        return client;
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

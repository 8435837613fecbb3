package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import com.salesbot.bot.targets.QuarterlyTargetsJob;
import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.push.PushSchedule;
import com.salesbot.core.rules.decay.OrgLevel;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The targets admin imports as CSV on the real MariaDB (the same all-or-nothing rules as JSON), payments with a
 * product line feeding the sandbox's per-line history, and the targets cards in the scheduled monthly batch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsCsvImportMariaDbTest implements TestPropertyProvider {
    static final String TOKEN = "targets-csv-token-4e1";
    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String T = "tcsv-t1";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    PaymentStore payments;
    @Inject
    TargetStore targets;
    @Inject
    TargetsDataStore data;
    @Inject
    PushSchedule schedule;
    @Inject
    QuarterlyTargetsJob quarterlyJob;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(MariaDbE2e.properties("tcsv-" + System.nanoTime()));
        p.put("salesbot.api-token", TOKEN);
        p.put("salesbot.demo.enabled", "false");
        return p;
    }

    @BeforeAll
    void seed() {
        org.saveTeam(new Team(T, "华东CSV组"));
        org.saveTeam(new Team("tcsv-t2", "华南CSV组"));
        org.saveRep(new Rep("tcsv-m", "钱主管", T, Role.MANAGER, "tcsv-wx-m", null, LocalDate.of(2024, 1, 1), true));
        org.saveRep(new Rep("tcsv-d", "孙总监", null, Role.DIRECTOR, "tcsv-wx-d", null, LocalDate.of(2024, 1, 1),
                true));
        for (int i = 1; i <= 3; i++) {
            org.saveRep(new Rep("tcsv-r" + i, "CSV销售" + i, T, Role.REP, "tcsv-wx-r" + i, null,
                    LocalDate.of(2024, 1, 1), true));
            customers.save(new Customer("tcsv-c" + i, "CSV客户" + i, "tcsv-r" + i, null, "制造业", "A", 0, true));
        }
    }

    HttpResponseView csv(String path, String body) {
        try {
            var response = http.toBlocking().exchange(HttpRequest.POST(path, body)
                    .contentType(MediaType.of("text/csv")).bearerAuth(TOKEN), MAP);
            return new HttpResponseView(response.getStatus().getCode(), response.body());
        } catch (HttpClientResponseException e) {
            return new HttpResponseView(e.getStatus().getCode(), e.getResponse().getBody(MAP).orElse(Map.of()));
        }
    }

    record HttpResponseView(int status, Map<String, Object> body) {
    }

    @Test
    void everyTargetsImportAcceptsCsvWithTheJsonFieldNames() {
        Quarter q = Quarter.parse("2026Q3");
        assertThat(csv("/api/market-factors", "industry,quarter,factor,note\n制造业,2026Q3,1.1,9月招标集中\n").status())
                .isEqualTo(200);
        assertThat(data.marketFactor("制造业", q)).hasValueSatisfying(f -> {
            assertThat(f.factor()).isEqualTo(1.1);
            assertThat(f.note()).isEqualTo("9月招标集中");
        });

        assertThat(csv("/api/regions", "\uFEFFid,name,teamIds\ntcsv-east,华东区,tcsv-t1|tcsv-t2\n").status())
                .isEqualTo(200);
        assertThat(data.regions()).contains(new Region("tcsv-east", "华东区", List.of("tcsv-t1", "tcsv-t2")));

        assertThat(csv("/api/level-targets", "level,scopeId,quarter,amountFen\ncompany,company,2026Q3,100000000\n"
                + "region,tcsv-east,2026Q3,80000000\n").status()).isEqualTo(200);
        assertThat(data.levelTargets(q)).contains(new LevelTarget(OrgLevel.COMPANY, "company", q, 100_000_000L),
                new LevelTarget(OrgLevel.REGION, "tcsv-east", q, 80_000_000L));

        assertThat(csv("/api/voice-answers", "quarter,repId,customerId,actions,score\n"
                + "2026Q3,tcsv-r1,tcsv-c1,\"响应快|方案专业\",5\n").status()).isEqualTo(200);
        assertThat(data.voiceAnswers(q)).contains(new VoiceAnswer(q, "tcsv-r1", "tcsv-c1", List.of("响应快",
                "方案专业"), 5));

        assertThat(csv("/api/growth-points", "repId,kind,item\ntcsv-r2,certification,产品认证L2\n").status())
                .isEqualTo(200);
        assertThat(data.growthEntries("tcsv-r2")).extracting(GrowthEntry::item, GrowthEntry::status)
                .containsExactly(tuple("产品认证L2", GrowthEntry.APPROVED));

        assertThat(csv("/api/orders", "id,customerId,amountFen,status,fulfilled,orderedAt\n"
                + "tcsv-SO-1,tcsv-c1,1200000,待发货,否,2026-06-01T10:00:00+08:00\n").status()).isEqualTo(200);
        long june1 = LocalDate.of(2026, 6, 1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        assertThat(data.ordersOf("tcsv-c1", june1, june1 + 86_400_000L)).singleElement()
                .satisfies(o -> assertThat(o.fulfilled()).isFalse());

        assertThat(csv("/api/kb-searches", "customerId,keyword,searchedAt\ntcsv-c2,发票,2026-06-02 09:30\n").status())
                .isEqualTo(200);
        assertThat(data.kbSearchesOf("tcsv-c2", june1, june1 + 2 * 86_400_000L)).singleElement()
                .satisfies(k -> assertThat(k.keyword()).isEqualTo("发票"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneBadRowWritesNothingAndTheAnswerListsEveryBadRow() {
        Quarter q = Quarter.parse("2027Q2");
        HttpResponseView answer = csv("/api/level-targets", "level,scopeId,quarter,amountFen\n"
                + "province,x,2027Q2,100\n"
                + "company,company,2027Q2,100000000\n"
                + "team,tcsv-t1,2027Q5,100\n"
                + "region,tcsv-east,2027Q2,-5\n");

        assertThat(answer.status()).isEqualTo(422);
        assertThat((List<Map<String, Object>>) answer.body().get("rejected"))
                .extracting(r -> r.get("row") + ":" + r.get("field"))
                .containsExactly("1:level", "3:quarter", "4:amountFen");
        assertThat(answer.body().get("imported")).isEqualTo(0);
        assertThat(data.levelTargets(q)).isEmpty();

        HttpResponseView broken = csv("/api/orders", "id,customerId\n\"tcsv-SO-9,tcsv-c1\n");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).containsKeys("error", "message");
    }

    @Test
    @SuppressWarnings("unchecked")
    void paymentsWithAProductLineShowTheHistoryPerLineInThePlans() {
        long paid = System.currentTimeMillis() - 40L * 86_400_000L;
        String rows = "id,repId,customerId,amountFen,paidAt,productLine\n"
                + "tcsv-p1,tcsv-r1,tcsv-c1,40000000," + paid + ",软件服务\n"
                + "tcsv-p2,tcsv-r2,tcsv-c2,20000000," + paid + ",\n"
                + "tcsv-p3,tcsv-r3,tcsv-c3,10000000," + paid + ",软件服务\n";
        assertThat(csv("/api/import/payments", rows).status()).isEqualTo(200);
        assertThat(payments.ofRepBetween("tcsv-r2", paid, paid + 1)).singleElement()
                .satisfies(p -> assertThat(p.productLine()).isEqualTo("默认"));

        Map<String, Object> session = http.toBlocking().retrieve(HttpRequest.POST("/api/target-plans",
                Map.of("teamId", T, "quarter", "2027Q1")).bearerAuth(TOKEN), MAP);

        List<Map<String, Object>> plans = (List<Map<String, Object>>) session.get("plans");
        assertThat(plans).hasSize(3).allSatisfy(p -> assertThat((List<String>) p.get("assumptions"))
                .contains("近12个月回款分产品线: 软件服务 500000 元; 默认 200000 元"));
    }

    @Test
    void theMonthlyBatchCarriesTheDecayForDirectorsAndTheConsensusForManagers() throws SQLException {
        Quarter q4 = Quarter.parse("2026Q4");
        data.saveLevelTarget(new LevelTarget(OrgLevel.COMPANY, "company", q4, 1_000_000_000L));
        data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "tcsv-east", q4, 800_000_000L));
        for (int i = 1; i <= 3; i++) {
            for (var m : q4.months()) {
                targets.save(new Target("tcsv-r" + i, m, 50_000_000L));
            }
        }
        long pushDay = LocalDate.of(2026, 12, 1).atTime(9, 0).atZone(ZONE).toInstant().toEpochMilli();

        schedule.tick(pushDay);
        schedule.tick(pushDay + 3_600_000L);

        assertThat(outboxKeys("target-decay:2026-12:%")).containsExactly("target-decay:2026-12:tcsv-d");
        assertThat(outboxKeys("target-consensus:2026-12:%")).containsExactly("target-consensus:2026-12:tcsv-m");
    }

    @Test
    void theQuarterlyJobRunsUnderItsShedLock() {
        // LockAssert inside run() throws unless the SchedulerLock interceptor took the lock; on any day but a
        // quarter's first weeks nothing is due, and this database has no gap or sample data, so nothing is sent
        assertThatCode(quarterlyJob::run).doesNotThrowAnyException();
    }

    List<String> outboxKeys(String like) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT dedupe_key FROM outbox WHERE dedupe_key LIKE ? "
                     + "ORDER BY id")) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }
}

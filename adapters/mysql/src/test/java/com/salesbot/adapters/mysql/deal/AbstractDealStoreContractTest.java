package com.salesbot.adapters.mysql.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.bonus.BonusPart;
import com.salesbot.core.bonus.CsSession;
import com.salesbot.core.bonus.KbAdoption;
import com.salesbot.core.bonus.LedgerEntry;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.bonus.NpsScore;
import com.salesbot.core.bonus.PartState;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealReview;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.deal.ReviewStatus;
import com.salesbot.core.model.ServiceTicket;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The deal, review, incentive-input and ledger stores behave the same on H2 and MariaDB. */
abstract class AbstractDealStoreContractTest {
    @Inject
    MyBatisDealStore deals;
    @Inject
    MyBatisIncentiveStore incentives;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

    Deal deal(String id, String rep, Map<DecisionRole, String> roles) {
        return new Deal(id, "cust-" + run, rep, "opp-" + id, 1_234_567_89L, SIGNED, "制造执行系统",
                "《报表模块定制开发说明书》", true, LocalDate.of(2026, 4, 9), true, roles, 37_000_000L,
                SIGNED.plusDays(10), "回单 HD-2026-001", false, null, 1_000L);
    }

    @Test
    void aDealRoundTripsWithItsRolesAndASecondSaveReplacesThem() {
        String id = "D-" + run;
        Deal first = deal(id, "rep-" + run, Map.of(DecisionRole.SIGNER, "三方会议纪要 2026-02-20 👍",
                DecisionRole.IT_OWNER, "", DecisionRole.FINANCE, "财务审批邮件"));
        deals.save(first);
        assertThat(deals.find(id)).contains(first);
        Deal bare = new Deal(id, "cust-" + run, "rep-" + run, null, 100, SIGNED, null, null, false, null, false,
                Map.of(DecisionRole.PURCHASING, "采购拜访"), 0, null, null, true, "D-old", 2_000L);
        deals.save(bare);
        assertThat(deals.find(id)).contains(new Deal(id, "cust-" + run, "rep-" + run, null, 100, SIGNED, null,
                null, false, null, false, Map.of(DecisionRole.PURCHASING, "采购拜访"), 0, null, null, true, "D-old",
                1_000L));
        assertThat(deals.find("nope-" + run)).isEmpty();
    }

    @Test
    void dealsOfRepsAreThoseRepsOnlyOldestFirst() {
        String a = "ra-" + run;
        String b = "rb-" + run;
        deals.save(new Deal("X2-" + run, "c", a, null, 1, SIGNED.plusDays(1), null, null, false, null, false,
                Map.of(), 0, null, null, false, null, 0));
        deals.save(new Deal("X1-" + run, "c", a, null, 1, SIGNED, null, null, false, null, false,
                Map.of(DecisionRole.SIGNER, "纪要"), 0, null, null, false, null, 0));
        deals.save(new Deal("X3-" + run, "c", b, null, 1, SIGNED, null, null, false, null, false, Map.of(), 0, null,
                null, false, null, 0));
        assertThat(deals.ofReps(List.of(a))).extracting(Deal::id).containsExactly("X1-" + run, "X2-" + run);
        assertThat(deals.ofReps(List.of(a)).get(0).roles()).containsEntry(DecisionRole.SIGNER, "纪要");
        assertThat(deals.ofReps(List.of())).isEmpty();
        assertThat(deals.all()).extracting(Deal::id).contains("X1-" + run, "X2-" + run, "X3-" + run);
    }

    @Test
    void aReviewIsQueuedOnceDecidedOnceAndAReturnedDealCanComeBack() {
        String id = "R-" + run;
        String team = "team-" + run;
        DealReview review = new DealReview(id, "rep", team, ReviewStatus.PENDING, "仅与采购单线联系", 10, null, 0,
                null);
        assertThat(deals.enqueue(review)).isTrue();
        assertThat(deals.enqueue(review)).isFalse();
        assertThat(deals.pending(List.of(team))).extracting(DealReview::dealId).containsExactly(id);
        assertThat(deals.pending(List.of("other-" + run))).isEmpty();
        assertThat(deals.pending(null)).extracting(DealReview::dealId).contains(id);

        assertThat(deals.annotate(id, "还没决定")).isFalse();
        assertThat(deals.decide(id, ReviewStatus.RETURNED, "mgr", null, 20)).isTrue();
        assertThat(deals.annotate(id, "补充IT负责人纪要")).isTrue();
        assertThat(deals.decide(id, ReviewStatus.APPROVED, "mgr", null, 21)).isFalse();
        assertThat(deals.review(id)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.RETURNED);
            assertThat(r.note()).isEqualTo("补充IT负责人纪要");
            assertThat(r.decidedBy()).isEqualTo("mgr");
        });
        assertThat(deals.pending(List.of(team))).isEmpty();

        assertThat(deals.enqueue(new DealReview(id, "rep", team, ReviewStatus.PENDING, "标准模板无附件", 30, null, 0,
                null))).isTrue();
        assertThat(deals.decide(id, ReviewStatus.APPROVED, "mgr", null, 40)).isTrue();
        assertThat(deals.enqueue(review)).isFalse();
        assertThat(deals.ofDeals(List.of(id))).extracting(DealReview::status).containsExactly(ReviewStatus.APPROVED);
    }

    @Test
    void ticketsAreUpsertedAndReadByCustomerAndWindow() {
        String c = "tc-" + run;
        incentives.saveAll(List.of(new ServiceTicket("T1-" + run, c, "rep", 1_000, 61_000, 0, false, "无法登录"),
                new ServiceTicket("T2-" + run, c, null, 5_000, 0, 0, true, null),
                new ServiceTicket("T3-" + run, "other-" + run, null, 2_000, 0, 0, false, null)));
        incentives.saveAll(List.of(new ServiceTicket("T1-" + run, c, "rep", 1_000, 121_000, 200_000, false,
                "无法登录")));
        List<ServiceTicket> got = incentives.openedBetween(List.of(c), 0, 5_000);
        assertThat(got).extracting(ServiceTicket::id).containsExactly("T1-" + run);
        assertThat(got.get(0).responseMinutes()).isEqualTo(2);
        assertThat(incentives.openedBetween(List.of(c), 0, 5_001)).extracting(ServiceTicket::major)
                .containsExactly(false, true);
    }

    @Test
    void coefficientInputsAndMentorshipsAreUpserted() {
        String rep = "cs-" + run;
        incentives.saveSession(new CsSession("S1-" + run, rep, "c", SIGNED, 90, "使用培训"));
        incentives.saveSession(new CsSession("S1-" + run, rep, "c", SIGNED, 120, "使用培训"));
        incentives.saveSession(new CsSession("S2-" + run, rep, null, SIGNED.plusMonths(1), 60, null));
        assertThat(incentives.sessions(SIGNED, SIGNED.plusDays(1))).filteredOn(s -> s.repId().equals(rep))
                .extracting(CsSession::minutes).containsExactly(120);

        YearMonth m = YearMonth.of(2026, 3);
        incentives.saveNps(new NpsScore("n-" + run, m, 40));
        incentives.saveNps(new NpsScore("n-" + run, m, -20));
        assertThat(incentives.nps(m, m)).contains(new NpsScore("n-" + run, m, -20));
        incentives.saveKbAdoption(new KbAdoption(rep, m, 10, 4));
        assertThat(incentives.kbAdoption(m.minusMonths(1), m)).contains(new KbAdoption(rep, m, 10, 4));
        incentives.saveMentorship(new Mentorship("mentee-" + run, "m1", SIGNED, "mgr", 5));
        incentives.saveMentorship(new Mentorship("mentee-" + run, "m2", SIGNED, "mgr", 6));
        assertThat(incentives.mentorships()).filteredOn(x -> x.menteeId().equals("mentee-" + run))
                .extracting(Mentorship::mentorId).containsExactly("m2");
    }

    List<LedgerEntry> entries(int n) {
        List<LedgerEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new LedgerEntry("L" + i + "-" + run, BonusPart.values()[i % 3], "rep-" + run, false, 1000 + i,
                    i % 4 == 0 ? PartState.FORFEITED : PartState.RELEASED, SIGNED, YearMonth.of(2026, 3),
                    "首付款到账", 7));
        }
        return list;
    }

    @Test
    void aSecondRunRecordsNothing() {
        List<LedgerEntry> list = entries(12);
        assertThat(incentives.record(list)).isEqualTo(12);
        assertThat(incentives.record(list)).isZero();
        assertThat(incentives.of(List.of("rep-" + run))).hasSize(12);
        assertThat(incentives.month(YearMonth.of(2026, 3))).containsAll(list);
        assertThat(incentives.month(YearMonth.of(2026, 4))).doesNotContainAnyElementsOf(list);
    }

    @Test
    void twoInstancesRecordingTheSameMonthAtOnceWriteEachPartOnce() throws Exception {
        List<LedgerEntry> list = entries(60);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return incentives.record(list);
                }));
            }
            go.countDown();
            int written = 0;
            for (Future<Integer> f : runs) {
                written += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(written).isEqualTo(60);
            assertThat(incentives.of(List.of("rep-" + run))).hasSize(60);
        } finally {
            pool.shutdownNow();
        }
    }
}

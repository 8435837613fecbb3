package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.testdata.Ids;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the master-data stores (org, customers, leads, opportunities, targets, payments): run on H2 and
 * on MariaDB by the MySQL adapter's subclasses and on core's in-memory fakes, so a fake cannot drift.
 */
public abstract class MasterDataStoreContract {
    private static final String EMOJI_NAME = "王小明😀";

    protected OrgStore org;
    protected CustomerStore customers;
    protected LeadStore leads;
    protected OpportunityStore opportunities;
    protected TargetStore targets;
    protected PaymentStore payments;

    /** The stores under test, one set per test method. */
    public record Stores(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                         TargetStore targets, PaymentStore payments) {
    }

    protected abstract Stores stores();

    @BeforeEach
    void bindStores() {
        Stores s = stores();
        org = s.org();
        customers = s.customers();
        leads = s.leads();
        opportunities = s.opportunities();
        targets = s.targets();
        payments = s.payments();
    }

    @Test
    void teamAndRepRoundTripWithChineseAndEmoji() {
        String team = Ids.unique("team");
        Rep rep = new Rep(Ids.unique("rep"), EMOJI_NAME, team, Role.REP, "wx-" + team, "dd-" + team,
                LocalDate.of(2026, 3, 1), true);
        org.saveTeam(new Team(team, "华东一组🚀"));
        org.saveRep(rep);

        assertThat(org.findTeam(team)).contains(new Team(team, "华东一组🚀"));
        assertThat(org.findRep(rep.id())).contains(rep);
        assertThat(org.findRepByWecomUserId("wx-" + team)).contains(rep);
        assertThat(org.findRepByDingtalkStaffId("dd-" + team)).contains(rep);
        assertThat(org.findRep(Ids.unique("missing"))).isEmpty();
        assertThat(org.teams()).contains(new Team(team, "华东一组🚀"));
    }

    @Test
    void aDirectorNeedsNoTeamNorPlatformIdsNorJoinDate() {
        Rep director = new Rep(Ids.unique("dir"), "总监", null, Role.DIRECTOR, null, null, null, true);
        org.saveRep(director);

        assertThat(org.findRep(director.id())).contains(director);
        assertThat(org.reps()).contains(director);
    }

    @Test
    void savingARepAgainReplacesEveryField() {
        String team = Ids.unique("team");
        String id = Ids.unique("rep");
        org.saveRep(new Rep(id, "旧名字", team, Role.REP, "wx-old-" + id, null, LocalDate.of(2025, 1, 2), true));
        Rep changed = new Rep(id, "新名字", team + "b", Role.MANAGER, null, "dd-" + id, null, false);
        org.saveRep(changed);

        assertThat(org.findRep(id)).contains(changed);
        assertThat(org.findRepByWecomUserId("wx-old-" + id)).isEmpty();
        assertThat(org.repsOfTeam(team)).isEmpty();
        assertThat(org.repsOfTeam(team + "b")).containsExactly(changed);
    }

    @Test
    void membersOfATeamAreOrderedById() {
        String team = Ids.unique("team");
        Rep b = new Rep(team + "-b", "乙", team, Role.REP, null, null, null, true);
        Rep a = new Rep(team + "-a", "甲", team, Role.MANAGER, null, null, null, true);
        Rep other = new Rep(team + "-c", "丙", team + "x", Role.REP, null, null, null, true);
        org.saveRep(b);
        org.saveRep(other);
        org.saveRep(a);

        assertThat(org.repsOfTeam(team)).containsExactly(a, b);
        assertThat(org.reps()).containsSubsequence(a, b, other);
    }

    @Test
    void aReusedWecomIdFindsTheActivePerson() {
        String wecomId = Ids.unique("wx");
        Rep left = new Rep(wecomId + "-a", "离职", "t", Role.REP, wecomId, null, null, false);
        Rep current = new Rep(wecomId + "-b", "在职", "t", Role.REP, wecomId, null, null, true);
        org.saveRep(left);
        org.saveRep(current);

        assertThat(org.findRepByWecomUserId(wecomId)).contains(current);
    }

    @Test
    void batchLookupsAnswerAsTheSingleOnesAndLeaveUnknownIdsOut() {
        String wecomId = Ids.unique("wx");
        String staffId = Ids.unique("dd");
        Rep left = new Rep(wecomId + "-a", "离职", "t", Role.REP, wecomId, null, null, false);
        Rep current = new Rep(wecomId + "-b", "在职", "t", Role.REP, wecomId, staffId, null, true);
        Rep alone = new Rep(wecomId + "-c", "独自", "t", Role.REP, wecomId + "x", null, null, false);
        org.saveRep(left);
        org.saveRep(current);
        org.saveRep(alone);

        assertThat(org.findRepsByWecomUserIds(java.util.List.of(wecomId, wecomId + "x", wecomId + "-missing")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(wecomId, current, wecomId + "x", alone));
        assertThat(org.findRepsByDingtalkStaffIds(java.util.List.of(staffId, staffId.toUpperCase())))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(staffId, current));
        assertThat(org.findRepsByWecomUserIds(java.util.List.of())).isEmpty();
    }

    @Test
    void absencesOverlapTheInclusiveDayRange() {
        String rep = Ids.unique("rep");
        Absence absence = new Absence(rep, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12));
        org.saveAbsence(absence);

        assertThat(org.absences(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 20))).contains(absence);
        assertThat(org.absences(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10))).contains(absence);
        assertThat(org.absences(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11))).contains(absence);
        assertThat(org.absences(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 20))).doesNotContain(absence);
        assertThat(org.absences(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 9))).doesNotContain(absence);
    }

    @Test
    void savingAnAbsenceWithTheSameStartMovesItsEnd() {
        String rep = Ids.unique("rep");
        org.saveAbsence(new Absence(rep, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3)));
        Absence longer = new Absence(rep, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 7));
        org.saveAbsence(longer);

        assertThat(org.absences(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .filteredOn(a -> a.repId().equals(rep)).containsExactly(longer);
    }

    @Test
    void customerRoundTripAndUpsert() {
        String owner = Ids.unique("rep");
        Customer first = new Customer(Ids.unique("cus"), "上海某某制造有限公司🏭", owner, "wm-" + owner, "制造业", null,
                0, false);
        customers.save(first);
        assertThat(customers.find(first.id())).contains(first);
        assertThat(customers.findByWecomExternalUserId("wm-" + owner)).contains(first);

        Customer graded = new Customer(first.id(), first.name(), owner, first.wecomExternalUserId(), "制造业", "A",
                1_764_000_000_123L, true);
        customers.save(graded);
        assertThat(customers.find(first.id())).contains(graded);
        assertThat(customers.ofOwner(owner)).containsExactly(graded);
    }

    @Test
    void customersOfAnOwnerAreOrderedById() {
        String owner = Ids.unique("rep");
        Customer b = new Customer(owner + "-b", "乙公司", owner, null, null, null, 0, false);
        Customer a = new Customer(owner + "-a", "甲公司", owner, null, null, null, 0, false);
        customers.save(b);
        customers.save(a);
        customers.save(new Customer(owner + "-c", "丙公司", owner + "x", null, null, null, 0, false));

        assertThat(customers.ofOwner(owner)).containsExactly(a, b);
        assertThat(customers.all()).containsSubsequence(a, b);
    }

    @Test
    void customersAreFoundByManyIdsAcrossChunksAndMissingOnesAreLeftOut() {
        String owner = Ids.unique("rep");
        java.util.List<String> asked = new java.util.ArrayList<>();
        java.util.List<Customer> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            String id = owner + "-" + i;
            asked.add(id);
            if (i % 100 == 7) {
                Customer c = new Customer(id, "客户" + i + "🏭", owner, null, null, null, 0, i % 200 == 7);
                customers.save(c);
                saved.add(c);
            }
        }
        asked.add(saved.get(0).id());

        java.util.Map<String, Customer> found = customers.findAll(asked);

        assertThat(found).hasSize(saved.size());
        for (Customer c : saved) {
            assertThat(found.get(c.id())).isEqualTo(c);
        }
        assertThat(found.get(owner + "-8")).isNull();
        assertThat(found.get(owner + "-207").ndaSigned()).isTrue();
        assertThat(found.get(owner + "-107").ndaSigned()).isFalse();
        assertThat(customers.findAll(java.util.List.of())).isEmpty();
    }

    @Test
    void customersAreFoundByManyWecomIdsTheLowestIdWinningASharedOne() {
        String owner = Ids.unique("rep");
        Customer b = new Customer(owner + "-b", "乙公司", owner, "wm-" + owner, null, null, 0, false);
        Customer a = new Customer(owner + "-a", "甲公司", owner, "wm-" + owner, null, null, 0, false);
        Customer c = new Customer(owner + "-c", "丙公司", owner, "wm-c-" + owner, null, null, 0, true);
        customers.save(b);
        customers.save(a);
        customers.save(c);

        java.util.Map<String, Customer> found = customers.findByWecomExternalUserIds(
                java.util.List.of("wm-" + owner, "wm-c-" + owner, "wm-none-" + owner));

        assertThat(found).containsOnly(java.util.Map.entry("wm-" + owner, a), java.util.Map.entry("wm-c-" + owner, c));
        assertThat(found.get("wm-" + owner)).isEqualTo(customers.findByWecomExternalUserId("wm-" + owner).orElseThrow());
        assertThat(customers.findByWecomExternalUserIds(java.util.List.of())).isEmpty();
    }

    @Test
    void leadsGetGeneratedIdsAndUpdateOnlyStageAndVerifiedSource() {
        String owner = Ids.unique("rep");
        Lead first = leads.insert(new Lead(0, "cus-1", owner, "展会", 1_764_000_000_000L, "交付周期太长，希望缩短😣",
                "初步接触", 1_764_000_000_000L, null));
        Lead second = leads.insert(new Lead(0, "cus-2", owner, "转介绍", 1_764_000_100_000L, "预算有限", "初步接触",
                1_764_000_100_000L, null));

        assertThat(first.id()).isPositive();
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(leads.find(first.id())).contains(first);

        Lead moved = new Lead(first.id(), first.customerId(), owner, first.sourceChannel(), first.firstTouchAt(),
                "ignored pain point", "方案报价", 1_764_100_000_000L, "展会");
        leads.update(moved);

        Lead expected = first.movedTo("方案报价", 1_764_100_000_000L);
        expected = new Lead(expected.id(), expected.customerId(), owner, expected.sourceChannel(),
                expected.firstTouchAt(), expected.painPoint(), expected.stage(), expected.stageEnteredAt(), "展会");
        assertThat(leads.find(first.id())).contains(expected);
        assertThat(leads.ofOwner(owner)).containsExactly(expected, second);
        assertThat(leads.all()).contains(expected, second);
    }

    @Test
    void aLostLeadKeepsItsReasonAndTimeAndAnOpenOneHasNone() {
        String owner = Ids.unique("rep");
        Lead open = leads.insert(new Lead(0, "cus-1", owner, "展会", 1_764_000_000_000L, "预算有限", "初步接触",
                1_764_000_000_000L, null));
        assertThat(leads.find(open.id()).orElseThrow().lost()).isFalse();
        assertThat(leads.find(open.id()).orElseThrow().lostAt()).isZero();

        Lead lost = open.lostFor("competitor", 1_764_200_000_000L);
        leads.update(lost);
        assertThat(leads.find(open.id())).contains(lost);
        assertThat(leads.ofOwner(owner)).containsExactly(lost);

        Lead insertedLost = leads.insert(new Lead(0, "cus-2", owner, "展会", 1, "x", "初步接触", 1, null)
                .lostFor("price", 2));
        assertThat(leads.find(insertedLost.id()).orElseThrow().lostReason()).isEqualTo("price");
    }

    @Test
    void updatingAMissingLeadFails() {
        Lead ghost = new Lead(Long.MAX_VALUE - 7, "c", "r", "展会", 1, "痛点", "初步接触", 1, null);
        assertThatThrownBy(() -> leads.update(ghost)).isInstanceOf(NoSuchElementException.class);
        assertThat(leads.find(ghost.id())).isEmpty();
    }

    @Test
    void opportunityRoundTripAndUpsert() {
        String owner = Ids.unique("rep");
        Opportunity open = new Opportunity(Ids.unique("opp"), "cus-1", owner, 12_345_678_901L, "商务谈判", true, true,
                false, LocalDate.of(2026, 12, 31), OpportunityStatus.OPEN, true, 1_764_000_000_000L, 0);
        opportunities.save(open);
        assertThat(opportunities.find(open.id())).contains(open);

        Opportunity won = new Opportunity(open.id(), null, owner, 13_000_000_000L, "赢单", true, true, true, null,
                OpportunityStatus.WON, false, open.createdAt(), 1_764_500_000_000L);
        opportunities.save(won);
        assertThat(opportunities.find(open.id())).contains(won);
        assertThat(opportunities.ofOwner(owner)).containsExactly(won);
        assertThat(opportunities.all()).contains(won);
        assertThat(opportunities.find(Ids.unique("none"))).isEmpty();
    }

    @Test
    void targetsAreUpsertedByRepAndMonth() {
        String rep = Ids.unique("rep");
        targets.save(new Target(rep, YearMonth.of(2026, 11), 100_000_00L));
        targets.save(new Target(rep, YearMonth.of(2026, 11), 120_000_00L));
        targets.save(new Target(rep, YearMonth.of(2026, 2), 80_000_00L));
        targets.save(new Target(rep, YearMonth.of(2025, 12), 90_000_00L));
        targets.save(new Target(rep + "x", YearMonth.of(2026, 11), 1L));

        assertThat(targets.find(rep, YearMonth.of(2026, 11))).contains(new Target(rep, YearMonth.of(2026, 11),
                120_000_00L));
        assertThat(targets.find(rep, YearMonth.of(2026, 10))).isEmpty();
        assertThat(targets.ofRep(rep)).extracting(Target::month)
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 2), YearMonth.of(2026, 11));
        assertThat(targets.ofMonth(YearMonth.of(2026, 11))).containsSubsequence(
                new Target(rep, YearMonth.of(2026, 11), 120_000_00L), new Target(rep + "x", YearMonth.of(2026, 11), 1L));
    }

    @Test
    void paymentRangesIncludeTheStartAndExcludeTheEnd() {
        String rep = Ids.unique("rep");
        long base = Ids.timeBase();
        Payment before = new Payment(Ids.unique("pay"), rep, "c", null, 1, base - 1);
        Payment atStart = new Payment(Ids.unique("pay"), rep, "c", "opp", 9_876_543_210_123L, base, "软件服务");
        Payment lastIn = new Payment(Ids.unique("pay"), rep, null, null, 3, base + 999);
        Payment atEnd = new Payment(Ids.unique("pay"), rep, "c", null, 4, base + 1000);
        Payment otherRep = new Payment(Ids.unique("pay"), rep + "x", "c", null, 5, base + 10);
        for (Payment p : new Payment[] {before, atStart, lastIn, atEnd, otherRep}) {
            payments.save(p);
        }

        assertThat(payments.between(base, base + 1000)).containsExactly(atStart, otherRep, lastIn);
        assertThat(payments.ofRepBetween(rep, base, base + 1000)).containsExactly(atStart, lastIn);
        assertThat(payments.ofRepBetween(rep, base - 1, base + 1001)).containsExactly(before, atStart, lastIn, atEnd);
    }

    @Test
    void savingAPaymentAgainReplacesIt() {
        String rep = Ids.unique("rep");
        long base = Ids.timeBase();
        Payment payment = new Payment(Ids.unique("pay"), rep, "c", null, 100, base);
        payments.save(payment);
        Payment corrected = new Payment(payment.id(), rep, "c", "opp-9", 250, base + 5);
        payments.save(corrected);

        assertThat(payments.ofRepBetween(rep, base, base + 10)).containsExactly(corrected);
    }
}

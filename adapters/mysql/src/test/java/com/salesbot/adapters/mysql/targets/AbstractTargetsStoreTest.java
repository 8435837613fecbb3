package com.salesbot.adapters.mysql.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.RepShare;
import com.salesbot.core.rules.targetplan.TargetPlan;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The targets stores keep what the sandbox, the radar and the snapshot need, on H2 and MariaDB alike. */
abstract class AbstractTargetsStoreTest {
    @Inject
    MyBatisTargetPlanStore plans;
    @Inject
    MyBatisTargetsDataStore data;

    final String id = UUID.randomUUID().toString().substring(0, 8);
    final Quarter q = Quarter.parse("2026Q3");

    PlanSession session() {
        List<TargetPlan> three = List.of(
                new TargetPlan(PlanKind.AGGRESSIVE, 301, List.of(new RepShare("a" + id, 200, 0.6, Quadrant.FAST_EARNER),
                        new RepShare("b" + id, 101, 0.4, Quadrant.UNPROVEN)), List.of("历史源: 100 元", "激进 = 取高")),
                new TargetPlan(PlanKind.STEADY, 200, List.of(new RepShare("a" + id, 120, 0.6, Quadrant.FAST_EARNER),
                        new RepShare("b" + id, 80, 0.4, Quadrant.UNPROVEN)), List.of("稳健")),
                new TargetPlan(PlanKind.CONSERVATIVE, 100, List.of(new RepShare("a" + id, 60, 0.6,
                        Quadrant.FAST_EARNER), new RepShare("b" + id, 40, 0.4, Quadrant.UNPROVEN)), List.of()));
        return new PlanSession(0, "team-" + id, q, three, "m-" + id, 1_000, null, null, 0);
    }

    @Test
    void aSessionKeepsItsThreePlansToTheFen() {
        PlanSession stored = plans.create(session());

        PlanSession read = plans.find(stored.id()).orElseThrow();

        assertThat(stored.id()).isPositive();
        assertThat(read.plans()).isEqualTo(session().plans());
        assertThat(read.open()).isTrue();
        assertThat(plans.latest("team-" + id, q)).map(PlanSession::id).contains(stored.id());
        assertThat(plans.latest("team-" + id, q.next())).isEmpty();
    }

    @Test
    void ballotsAreOnePerPersonChangeableUntilTheFirstConfirmation() {
        long s = plans.create(session()).id();

        assertThat(plans.vote(s, "v1", PlanKind.AGGRESSIVE, 1)).isTrue();
        assertThat(plans.vote(s, "v1", PlanKind.STEADY, 2)).isTrue();
        assertThat(plans.vote(s, "v2", PlanKind.STEADY, 3)).isTrue();
        assertThat(plans.ballots(s)).containsEntry("v1", PlanKind.STEADY).hasSize(2);

        assertThat(plans.confirm(s, PlanKind.STEADY, "m", 9)).isTrue();
        assertThat(plans.confirm(s, PlanKind.AGGRESSIVE, "m", 10)).isFalse();
        assertThat(plans.vote(s, "v2", PlanKind.AGGRESSIVE, 11)).isFalse();
        assertThat(plans.ballots(s)).containsEntry("v2", PlanKind.STEADY);
        PlanSession closed = plans.find(s).orElseThrow();
        assertThat(closed.confirmedKind()).isEqualTo(PlanKind.STEADY);
        assertThat(closed.confirmedAt()).isEqualTo(9);
        assertThat(plans.vote(-1, "v1", PlanKind.STEADY, 1)).isFalse();
    }

    @Test
    void marketFactorsRegionsAndLevelTargetsAreUpserts() {
        data.saveMarketFactor(new MarketFactor("制造业" + id, q, 1.1, "招标集中在9月"));
        data.saveMarketFactor(new MarketFactor("制造业" + id, q, 1.2, "竞品降价"));
        assertThat(data.marketFactor("制造业" + id, q)).contains(new MarketFactor("制造业" + id, q, 1.2, "竞品降价"));
        assertThat(data.marketFactor("制造业" + id, q.next())).isEmpty();

        data.saveRegion(new Region("reg-" + id, "华东区", List.of("t1-" + id, "t2-" + id)));
        data.saveRegion(new Region("reg-" + id, "华东大区", List.of("t2-" + id)));
        assertThat(data.regions()).contains(new Region("reg-" + id, "华东大区", List.of("t2-" + id)));

        Quarter lq = new Quarter(2030 + Math.floorMod(id.hashCode(), 900), 1);
        data.saveLevelTarget(new LevelTarget(OrgLevel.COMPANY, "company", lq, 1000));
        data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "reg-" + id, lq, 800));
        data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "reg-" + id, lq, 810));
        assertThat(data.levelTargets(lq)).extracting(LevelTarget::amountFen).containsExactlyInAnyOrder(1000L, 810L);
    }

    @Test
    void consensusKeepsOneAnswerPerPersonAndGivesBackOnlyAmounts() {
        String team = "t-" + id;
        data.saveConsensusAnswer(team, q, "v1", 500, 1);
        data.saveConsensusAnswer(team, q, "v1", 900, 2);
        data.saveConsensusAnswer(team, q, "v2", 700, 3);

        assertThat(data.consensusAnswers(team, q)).containsExactly(700L, 900L);
        assertThat(data.hasConsensusAnswer(team, q, "v1")).isTrue();
        assertThat(data.hasConsensusAnswer(team, q, "v3")).isFalse();
    }

    @Test
    void voiceAnswersAndTheGrowthLedger() {
        Quarter vq = new Quarter(2030 + Math.floorMod(id.hashCode(), 900), 2);
        data.saveVoiceAnswer(new VoiceAnswer(vq, "r-" + id, "c-" + id, List.of("响应快", "方案专业", "售后跟进"), 4));
        data.saveVoiceAnswer(new VoiceAnswer(vq, "r-" + id, "c-" + id, List.of("响应快"), 5));
        assertThat(data.voiceAnswers(vq)).containsExactly(new VoiceAnswer(vq, "r-" + id, "c-" + id,
                List.of("响应快"), 5));

        GrowthEntry claim = data.addGrowthEntry(new GrowthEntry(0, "r-" + id, "collaboration", "联合技术方案宣讲", 20,
                GrowthEntry.PENDING, 5, null));
        assertThat(claim.id()).isPositive();
        assertThat(data.decideGrowthEntry(claim.id(), GrowthEntry.APPROVED, "m1")).isTrue();
        assertThat(data.decideGrowthEntry(claim.id(), GrowthEntry.REJECTED, "m1")).isFalse();
        assertThat(data.growthEntry(claim.id())).map(GrowthEntry::status).contains(GrowthEntry.APPROVED);
        data.addGrowthEntry(new GrowthEntry(0, "r-" + id, "redemption", "leave-1d", -50, GrowthEntry.PENDING, 6, null));
        assertThat(data.growthEntries("r-" + id)).extracting(GrowthEntry::points).containsExactly(20, -50);
    }

    @Test
    void ordersAndSearchesByCustomerAndWindow() {
        String c = "c-" + id;
        data.saveOrders(List.of(new CustomerOrder("o1-" + id, c, 100, "待发货", false, 10),
                new CustomerOrder("o2-" + id, c, 100, "已签收", true, 20)));
        data.saveOrders(List.of(new CustomerOrder("o1-" + id, c, 100, "已发货", false, 10)));
        data.saveKbSearches(List.of(new KbSearch(c, "发票怎么开", 15), new KbSearch(c, "退货", 30)));

        assertThat(data.ordersOf(c, 10, 20)).extracting(CustomerOrder::status).containsExactly("已发货");
        assertThat(data.ordersOf(c, 0, 100)).hasSize(2);
        assertThat(data.kbSearchesOf(c, 0, 30)).extracting(KbSearch::keyword).containsExactly("发票怎么开");
    }
}

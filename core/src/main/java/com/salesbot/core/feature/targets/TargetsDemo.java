package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.scope.ScopeKind;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetPlanStore;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import com.salesbot.core.rules.targetplan.PlanKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The targets part of the demo company, written right after it: regions and level targets (the decay), market
 * factors, a running 目标推演 vote in 吴立新's team (next quarter, so 目标 is unchanged), two past quarters of touches
 * in which 郭芳 (demo-r13) stays far below the team's customer depth (the R15 card), voice answers, growth points with
 * a pending redemption, and orders and knowledge-base searches for the 近30天 snapshot. Deterministic.
 */
public final class TargetsDemo {
    private final OrgStore org;
    private final CustomerStore customers;
    private final TouchStore touches;
    private final TargetStore targets;
    private final OpportunityStore opportunities;
    private final TargetsDataStore data;
    private final TargetPlanStore plans;
    private final TargetSandboxService sandbox;
    private final GrowthAccount growth;
    private final ZoneId zone;

    public TargetsDemo(OrgStore org, CustomerStore customers, TouchStore touches, TargetStore targets,
                       OpportunityStore opportunities,
                       TargetsDataStore data, TargetPlanStore plans, TargetSandboxService sandbox,
                       GrowthAccount growth, ZoneId zone) {
        this.org = org;
        this.customers = customers;
        this.touches = touches;
        this.targets = targets;
        this.opportunities = opportunities;
        this.data = data;
        this.plans = plans;
        this.sandbox = sandbox;
        this.growth = growth;
        this.zone = zone;
    }

    public void load(long now) {
        if (org.findTeam("demo-t1").isEmpty()) {
            return;
        }
        LocalDate today = Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
        Quarter q = Quarter.of(today);
        data.saveRegion(new Region("demo-east", "华东区", List.of("demo-t1", "demo-t2")));
        data.saveRegion(new Region("demo-south", "华南区", List.of("demo-t3")));
        long reps = 0;
        for (YearMonth m : q.months()) {
            reps += targets.ofMonth(m).stream().mapToLong(t -> t.amountFen()).sum();
        }
        if (reps > 0) {
            // the article's 1000 -> 800 -> 650: the reps' sum is the 650
            data.saveLevelTarget(new LevelTarget(OrgLevel.COMPANY, "company", q, reps * 1000 / 650));
            data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "demo-east", q, reps * 800 / 650 * 2 / 3));
            data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "demo-south", q, reps * 800 / 650
                    - reps * 800 / 650 * 2 / 3));
        }
        Set<String> industries = new LinkedHashSet<>();
        customers.all().forEach(c -> {
            if (c.type() != null) {
                industries.add(c.type());
            }
        });
        for (String industry : industries) {
            for (Quarter each : List.of(q, q.next())) {
                data.saveMarketFactor(new MarketFactor(industry, each, 1.08, "行业招标集中在季末, 竞品降价 5%"));
            }
        }
        PlanSession session = sandbox.run("demo-m2", "demo-t2", q.next(), now, "system");
        List<Rep> t2 = sandbox.teamReps("demo-t2");
        PlanKind[] picks = {PlanKind.STEADY, PlanKind.STEADY, PlanKind.AGGRESSIVE, PlanKind.CONSERVATIVE};
        for (int i = 0; i < Math.min(picks.length, t2.size()); i++) {
            plans.vote(session.id(), t2.get(i).id(), picks[i], now);
        }
        pastTouches(q);
        quadrantSpread(now);
        List<Rep> t1 = sandbox.teamReps("demo-t1");
        for (Rep r : t1) {
            List<Customer> own = customers.ofOwner(r.id());
            for (int i = 0; i < Math.min(2, own.size()); i++) {
                int score = r.id().equals("demo-r13") ? 2 : 4 + (i + r.id().hashCode()) % 2;
                data.saveVoiceAnswer(new VoiceAnswer(q.previous(), r.id(), own.get(i).id(),
                        List.of("响应及时", "方案专业", "售后跟进"), score));
            }
            if (!own.isEmpty()) {
                Customer c = own.get(0);
                data.saveOrders(List.of(new CustomerOrder("demo-so-" + c.id(), c.id(), 180_000_00L, "待发货", false,
                        now - 5 * 86_400_000L), new CustomerOrder("demo-so2-" + c.id(), c.id(), 60_000_00L, "已签收",
                        true, now - 20 * 86_400_000L)));
                data.saveKbSearches(List.of(new KbSearch(c.id(), "发票开具", now - 3 * 86_400_000L),
                        new KbSearch(c.id(), "设备保修", now - 2 * 86_400_000L),
                        new KbSearch(c.id(), "发票开具", now - 86_400_000L)));
            }
        }
        long at = q.startMs(zone) + 86_400_000L;
        growth.award("demo-r11", "certification", "产品认证 L1", at, "system", "system");
        growth.award("demo-r11", "certification", "产品认证 L2", at + 1, "system", "system");
        growth.award("demo-r11", "case", "华东精密案例", at + 2, "system", "system");
        growth.award("demo-r11", "case", "汽配行业案例", at + 3, "system", "system");
        growth.award("demo-r11", "case", "续费挽回案例", at + 4, "system", "system");
        growth.award("demo-r11", "collaboration", "联合技术方案宣讲", at + 5, "system", "system");
        growth.award("demo-r12", "collaboration", "联合技术方案宣讲", at + 6, "system", "system");
        org.findRep("demo-r11").ifPresent(r -> growth.redeem(r, "training", at + 7, "system"));
        org.findRep("demo-r12").ifPresent(r -> growth.claim(r, "case", "制造业降本案例", at + 8, "system"));
    }

    /** Closed deals of the last 6 months that spread team 1 over the four R8 quadrants. */
    private void quadrantSpread(long now) {
        List<Rep> t1 = sandbox.teamReps("demo-t1");
        long day = 86_400_000L;
        for (int i = 0; i < t1.size(); i++) {
            Rep r = t1.get(i);
            List<Customer> own = customers.ofOwner(r.id());
            if (own.isEmpty()) {
                continue;
            }
            String c = own.get(0).id();
            boolean big = i % 4 == 0 || i % 4 == 2;
            boolean winsLarge = i % 4 < 2;
            long amount = (big ? 800_000_00L : 90_000_00L) + i * 1_000_00L;
            for (int k = 0; k < 3; k++) {
                long closed = now - (20 + 30L * k + i) * day;
                boolean large = k < 2;
                boolean won = !large || winsLarge;
                opportunities.save(new Opportunity("demo-r8-" + r.id() + "-" + k, c, r.id(), amount, won ? "won"
                        : "lost", true, true, true, null, won ? OpportunityStatus.WON : OpportunityStatus.LOST,
                        large, closed - 60 * day, closed));
            }
        }
    }

    /** The quarter the demo's R15 gap ends in: two before the current one. */
    public static Quarter gapQuarter(Quarter current) {
        return current.previous().previous();
    }

    /** Two past quarters of touches: demo-r13 one effective touch per customer, the others four. */
    private void pastTouches(Quarter q) {
        List<Touch> out = new ArrayList<>();
        // the two quarters before last: clear of the demo's 60 business days of touches
        Quarter gapEnd = gapQuarter(q);
        for (Quarter past : List.of(gapEnd, gapEnd.previous())) {
            long start = past.startMs(zone) + 10 * 86_400_000L;
            for (Rep r : org.repsOfTeam("demo-t1")) {
                if (!SalesMembers.counts(r)) {
                    continue;
                }
                int per = r.id().equals("demo-r13") ? 1 : 4;
                List<Customer> own = customers.ofOwner(r.id());
                for (int c = 0; c < Math.min(3, own.size()); c++) {
                    for (int k = 0; k < per; k++) {
                        long t = start + (c * 7L + k) * 86_400_000L;
                        out.add(new Touch(0, r.id(), own.get(c).id(), TouchKind.VISIT, t, 1800, "next_visit", null,
                                t + 1_800_000L, "demo", "demo-q-" + past + "-" + r.id() + "-" + c + "-" + k));
                    }
                }
            }
        }
        out.forEach(touches::insert);
    }
}

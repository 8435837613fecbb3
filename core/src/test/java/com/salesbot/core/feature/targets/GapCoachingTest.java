package com.salesbot.core.feature.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.card.Card;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapCoachingTest {
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryTouchStore touches = new InMemoryTouchStore();
    final InMemoryTargetsDataStore data = new InMemoryTargetsDataStore();
    final List<AuditEntry> audit = new ArrayList<>();
    final TargetsSettings settings = TargetsSettings.defaults();
    final CapabilityService capability = new CapabilityService(org, new InMemoryOpportunityStore(), touches, data,
            settings, new EffectiveTouchRule(30), 0.5, 2, ZoneId.of("Asia/Shanghai"));
    final GapCoaching coaching = new GapCoaching(capability, org, withCsLead(), audit::add);
    final Quarter q1 = Quarter.parse("2026Q1");
    final Quarter q2 = Quarter.parse("2026Q2");

    TargetsSettings withCsLead() {
        TargetsSettings d = TargetsSettings.defaults();
        return new TargetsSettings(d.dimensions(), d.gapDimension(), d.voiceSampleSize(), d.voiceSeed(), "cs1",
                d.coachingPlan(), d.points(), d.catalogue(), d.consensusMinAnswers(), d.matrixMonths());
    }

    void person(String id, String name, Role role, String team) {
        org.saveRep(new Rep(id, name, team, role, null, null, LocalDate.of(2024, 1, 1), true));
    }

    /** {@code perCustomer} effective touches with the rep's one customer in the quarter's first month. */
    void depth(String rep, Quarter q, int perCustomer) {
        TouchBuilder.effective(rep, q.firstDay().plusDays(10), perCustomer).forEach(touches::insert);
    }

    void setUp() {
        org.saveTeam(new Team("t1", "一组"));
        person("m1", "主管", Role.MANAGER, "t1");
        person("a", "甲", Role.REP, "t1");
        person("b", "乙", Role.REP, "t1");
        person("c", "丙", Role.REP, "t1");
        person("cs1", "客户成功负责人", Role.DIRECTOR, null);
    }

    List<Outgoing> run(Quarter latest) {
        return coaching.cards(latest, new RecipientDirectory(List.of("sandbox")), Shanghai.noon(
                latest.endExclusive()));
    }

    @Test
    void twoQuartersBelowHalfTheTeamMeanSendThePlanToRepManagerAndCsLead() {
        setUp();
        for (Quarter q : List.of(q1, q2)) {
            depth("a", q, 1);  // score 20
            depth("b", q, 5);  // 100
            depth("c", q, 3);  // 60 -> mean 60, half is 30
        }

        List<Outgoing> cards = run(q2);

        assertThat(cards).extracting(Outgoing::recipient).containsExactly("a", "m1", "cs1");
        Card card = (Card) cards.get(0).message();
        assertThat(card.title()).contains("客户成功部协同辅导计划").contains("甲");
        assertThat(card.fields()).extracting(f -> f.label() + " " + f.value())
                .containsExactly("2026Q1 20 分 (团队均值 60)", "2026Q2 20 分 (团队均值 60)");
        String all = String.join(" ", card.lines()) + card.fields();
        assertThat(all).doesNotContain("乙").doesNotContain("丙").contains("不是排名");
        assertThat(audit).extracting(AuditEntry::action).containsExactly("capability.gap-plan");
    }

    @Test
    void oneQuarterBelowSendsNothing() {
        setUp();
        depth("a", q1, 2);  // 40 of mean (40+100+60)/3=66.7: above half
        depth("b", q1, 5);
        depth("c", q1, 3);
        depth("a", q2, 1);
        depth("b", q2, 5);
        depth("c", q2, 3);

        assertThat(run(q2)).isEmpty();
    }
}

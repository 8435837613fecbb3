package com.salesbot.core.feature.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The team's radar scores use the team's own rows only, each rep's own touches and voice answers. */
class CapabilityRadarTest {
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryTouchStore touches = new InMemoryTouchStore();
    final InMemoryTargetsDataStore data = new InMemoryTargetsDataStore();
    final CapabilityService capability = new CapabilityService(org, new InMemoryOpportunityStore(), touches, data,
            TargetsSettings.defaults(), new EffectiveTouchRule(30), 0.5, 2, Shanghai.ZONE);
    final Quarter q = Quarter.parse("2026Q3");
    final LocalDate day = LocalDate.of(2026, 8, 3);

    void rep(String id, String team) {
        org.saveRep(new Rep(id, id, team, Role.REP, null, null, LocalDate.of(2024, 1, 1), true));
    }

    @Test
    void eachRepIsScoredOnTheirOwnTouchesAndVoiceNotOnAnotherTeams() {
        org.saveTeam(new Team("t1", "一组"));
        org.saveTeam(new Team("t2", "二组"));
        rep("a", "t1");
        rep("b", "t1");
        rep("z", "t2");
        TouchBuilder.effective("a", day, 4).forEach(touches::insert);
        touches.insert(TouchBuilder.touch("a").at(Shanghai.noon(day)).untagged().build());
        TouchBuilder.effective("b", day, 2).forEach(touches::insert);
        TouchBuilder.effective("z", day, 40).forEach(touches::insert);
        // a touch of a in the next quarter does not count
        TouchBuilder.effective("a", q.endExclusive().plusDays(1), 9).forEach(touches::insert);
        data.saveVoiceAnswer(new VoiceAnswer(q, "a", "ca1", List.of("响应快"), 5));
        data.saveVoiceAnswer(new VoiceAnswer(q, "a", "ca2", List.of("方案专业"), 3));
        data.saveVoiceAnswer(new VoiceAnswer(q, "z", "cz1", List.of("响应快"), 1));

        Map<String, List<Double>> scores = capability.teamScores("t1", q);

        assertThat(scores).containsOnlyKeys("a", "b");
        // depth: a 4 effective touches on one customer = the team's best (100), b 2 -> 50; z's 40 are not the best
        assertThat(scores.get("a").get(0)).isEqualTo(100.0);
        assertThat(scores.get("b").get(0)).isEqualTo(50.0);
        // compliance: a 4 of 5 touches tagged
        assertThat(scores.get("a").get(2)).isEqualTo(80.0);
        // voice: a's mean 4 of 5 -> 80, b has none -> 0
        assertThat(scores.get("a").get(5)).isEqualTo(80.0);
        assertThat(scores.get("b").get(5)).isEqualTo(0.0);
    }
}

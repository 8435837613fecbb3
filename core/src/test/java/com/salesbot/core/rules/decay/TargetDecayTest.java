package com.salesbot.core.rules.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetDecayTest {
    @Test
    void theArticlesThousandEightHundredSixFiftyInLevelOrder() {
        List<TargetDecay.Step> steps = TargetDecay.steps(Map.of(OrgLevel.REP, 650L, OrgLevel.COMPANY, 1000L,
                OrgLevel.REGION, 800L));

        assertThat(steps).extracting(TargetDecay.Step::level).containsExactly(OrgLevel.COMPANY, OrgLevel.REGION,
                OrgLevel.REP);
        assertThat(steps.get(0).keptRatio()).isNull();
        assertThat(steps.get(1).keptRatio()).isCloseTo(0.8, within(1e-9));
        assertThat(steps.get(2).keptRatio()).isCloseTo(0.8125, within(1e-9));
        assertThat(steps.get(2).overallRatio()).isCloseTo(0.65, within(1e-9));
    }

    @Test
    void noDecayKeepsEverything() {
        List<TargetDecay.Step> steps = TargetDecay.steps(Map.of(OrgLevel.TEAM, 500L, OrgLevel.REP, 500L));
        assertThat(steps.get(1).keptRatio()).isEqualTo(1.0);
    }
}

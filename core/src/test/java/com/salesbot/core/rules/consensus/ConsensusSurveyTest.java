package com.salesbot.core.rules.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusSurveyTest {
    final ConsensusSurvey survey = new ConsensusSurvey(3);

    @Test
    void spreadAgainstTheRealTarget() {
        ConsensusResult r = survey.result(1000, List.of(1000L, 800L, 650L));

        assertThat(r.shown()).isTrue();
        assertThat(r.consensus()).isCloseTo(1 - (0 + 0.2 + 0.35) / 3, within(1e-9));
        assertThat(r.minFen()).isEqualTo(650);
        assertThat(r.maxFen()).isEqualTo(1000);
        assertThat(r.medianFen()).isEqualTo(800);
    }

    @Test
    void belowTheMinimumOnlyTheCountIsShownSoNoAnswerCanBeTracedBack() {
        ConsensusResult two = survey.result(1000, List.of(400L, 900L));

        assertThat(two).isEqualTo(new ConsensusResult(2, false, 0, 0, 0, 0));
    }

    @Test
    void farOffAnswersClipAtZero() {
        assertThat(survey.result(100, List.of(400L, 400L, 400L)).consensus()).isZero();
    }
}

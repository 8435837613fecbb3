package com.salesbot.core.rules.targetplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanVoteTest {
    @Test
    void oneBallotPerPersonChangeableUntilClose() {
        PlanVote vote = new PlanVote(Map.of(), false);
        assertThat(vote.leader()).isEmpty();

        assertThat(vote.cast("r1", PlanKind.AGGRESSIVE)).isEmpty();
        assertThat(vote.cast("r1", PlanKind.STEADY)).contains(PlanKind.AGGRESSIVE);
        vote.cast("r2", PlanKind.STEADY);
        vote.cast("r3", PlanKind.AGGRESSIVE);

        assertThat(vote.ballotCount()).isEqualTo(3);
        assertThat(vote.tally()).containsEntry(PlanKind.STEADY, 2).containsEntry(PlanKind.AGGRESSIVE, 1)
                .containsEntry(PlanKind.CONSERVATIVE, 0);
        assertThat(vote.leader()).contains(PlanKind.STEADY);

        vote.close();
        assertThatThrownBy(() -> vote.cast("r2", PlanKind.AGGRESSIVE)).isInstanceOf(IllegalStateException.class);
        assertThat(vote.tally()).containsEntry(PlanKind.STEADY, 2);
    }

    @Test
    void aTieGoesToTheMoreCautiousPlan() {
        PlanVote vote = new PlanVote(Map.of("a", PlanKind.AGGRESSIVE, "b", PlanKind.STEADY), false);
        assertThat(vote.leader()).contains(PlanKind.STEADY);
        vote.cast("c", PlanKind.AGGRESSIVE);
        assertThat(vote.leader()).contains(PlanKind.AGGRESSIVE);
    }
}

package com.salesbot.core.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpCycleTest {
    private static final long DAY = 86_400_000L;
    private static final long T0 = 1_000 * DAY;
    private final List<Touch> touches = new ArrayList<>();

    private void touch(String rep, String customer, long at) {
        touches.add(new Touch(0, rep, customer, TouchKind.CALL, at, 60, null, null, 0, "api", null));
    }

    private static Lead lead(String rep, String customer, long created, String stage, long stageAt) {
        return new Lead(0, customer, rep, "转介绍", created, "设备老化", stage, stageAt, null);
    }

    @Test
    void gapsRunFromCreationToTheFirstTouchThenTouchToTouch() {
        touch("r1", "c1", T0 + 2 * DAY);
        touch("r1", "c1", T0 + 6 * DAY);
        touch("r1", "c1", T0 - DAY); // before the lead existed: not a follow-up
        touch("r2", "c1", T0 + 3 * DAY); // another rep's touch: not the owner's follow-up
        Map<String, FollowUpCycle.Gaps> gaps = FollowUpCycle.byRep(List.of(lead("r1", "c1", T0, "contact", T0)),
                touches, Set.of("won_pending"), 0, Long.MAX_VALUE);

        assertThat(gaps.get("r1")).isEqualTo(new FollowUpCycle.Gaps(6 * DAY, 2));
        assertThat(gaps.get("r1").meanDays()).isCloseTo(3.0, within(1e-9));
        assertThat(gaps).doesNotContainKey("r2");
    }

    @Test
    void aGapBelongsToThePeriodItEndsIn() {
        touch("r1", "c1", T0 + 2 * DAY);
        touch("r1", "c1", T0 + 6 * DAY);
        Lead l = lead("r1", "c1", T0, "contact", T0);
        // period [T0+3d, T0+10d): only the second gap (4 days) ends in it
        assertThat(FollowUpCycle.byRep(List.of(l), touches, Set.of(), T0 + 3 * DAY, T0 + 10 * DAY).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(4 * DAY, 1));
        // a period ending exactly at the second touch leaves it out (end exclusive)
        assertThat(FollowUpCycle.byRep(List.of(l), touches, Set.of(), T0, T0 + 6 * DAY).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(2 * DAY, 1));
    }

    @Test
    void touchesAfterTheLeadWasClosedAreNotFollowUps() {
        touch("r1", "c1", T0 + 2 * DAY);
        touch("r1", "c1", T0 + 9 * DAY);
        Lead closed = lead("r1", "c1", T0, "won_pending", T0 + 5 * DAY);
        assertThat(FollowUpCycle.byRep(List.of(closed), touches, Set.of("won_pending"), 0, Long.MAX_VALUE).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(2 * DAY, 1));
        Lead open = lead("r1", "c1", T0, "quote", T0 + 5 * DAY);
        assertThat(FollowUpCycle.byRep(List.of(open), touches, Set.of("won_pending"), 0, Long.MAX_VALUE).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(9 * DAY, 2));
    }

    @Test
    void touchesAfterTheLeadWasMarkedLostAreNotFollowUps() {
        touch("r1", "c1", T0 + 2 * DAY);
        touch("r1", "c1", T0 + 5 * DAY);
        touch("r1", "c1", T0 + 9 * DAY);
        Lead lostAtTheSecond = lead("r1", "c1", T0, "quote", T0).lostFor("price", T0 + 5 * DAY);
        assertThat(FollowUpCycle.byRep(List.of(lostAtTheSecond), touches, Set.of(), 0, Long.MAX_VALUE).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(5 * DAY, 2));
        Lead lostJustBefore = lead("r1", "c1", T0, "quote", T0).lostFor("price", T0 + 5 * DAY - 1);
        assertThat(FollowUpCycle.byRep(List.of(lostJustBefore), touches, Set.of(), 0, Long.MAX_VALUE).get("r1"))
                .isEqualTo(new FollowUpCycle.Gaps(2 * DAY, 1));
    }

    @Test
    void aLeadNeverFollowedUpHasNoGapAndTheChangeNeedsBothMonths() {
        assertThat(FollowUpCycle.byRep(List.of(lead("r1", "c9", T0, "contact", T0)), touches, Set.of(), 0,
                Long.MAX_VALUE)).isEmpty();
        assertThat(FollowUpCycle.Gaps.NONE.meanDays()).isNull();
        assertThat(FollowUpCycle.change(5.0, 3.0)).isCloseTo(-0.4, within(1e-9));
        assertThat(FollowUpCycle.change(null, 3.0)).isNull();
        assertThat(FollowUpCycle.change(5.0, null)).isNull();
    }
}

package com.salesbot.bot.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.DecayService;
import com.salesbot.core.feature.targets.GrowthAccount;
import com.salesbot.core.feature.targets.SnapshotService;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.decay.TargetDecay;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo company's targets data: regions and decay, a running vote, a two-quarter radar gap, points, snapshot. */
@MicronautTest(transactional = false)
@Property(name = "salesbot.demo.enabled", value = "true")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:targetsdemo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1")
class TargetsDemoTest {
    @Inject
    TargetsDataStore data;
    @Inject
    TargetSandboxService sandbox;
    @Inject
    CapabilityService capability;
    @Inject
    GrowthAccount growth;
    @Inject
    SnapshotService snapshot;
    @Inject
    DecayService decay;
    @Inject
    CustomerStore customers;
    @Inject
    Clock clock;
    @Inject
    ZoneId zone;

    @Test
    void theDemoHasEverythingTheTargetsFeatureShows() {
        Quarter q = Quarter.of(LocalDate.now(clock.withZone(zone)));

        assertThat(data.regions()).hasSize(2);
        List<TargetDecay.Step> steps = decay.steps(q);
        assertThat(steps).extracting(TargetDecay.Step::level).containsExactly(OrgLevel.COMPANY, OrgLevel.REGION,
                OrgLevel.REP);
        assertThat(steps.get(2).overallRatio()).isBetween(0.64, 0.66);

        var vote = sandbox.latest("demo-t2", q.next()).orElseThrow();
        assertThat(vote.open()).isTrue();
        assertThat(sandbox.voteOf(vote).ballotCount()).isEqualTo(4);

        assertThat(capability.gapAlerts(com.salesbot.core.feature.targets.TargetsDemo.gapQuarter(q))).extracting(a -> a.rep().id()).containsExactly("demo-r13");
        assertThat(capability.matrix("demo-t1", clock.millis()).stream().map(r -> r.quadrant()).distinct())
                .contains(com.salesbot.core.rules.capability.Quadrant.FAST_EARNER,
                        com.salesbot.core.rules.capability.Quadrant.KEY_SUPPORT,
                        com.salesbot.core.rules.capability.Quadrant.BREAKTHROUGH,
                        com.salesbot.core.rules.capability.Quadrant.FOUNDATION);

        assertThat(growth.balance("demo-r11")).isEqualTo(50 + 50 + 30 * 3 + 20 - 200);
        Customer first = customers.ofOwner("demo-r11").get(0);
        assertThat(snapshot.snapshot(first.id(), clock.millis())).hasValueSatisfying(s ->
                assertThat(s.kbKeywords()).containsExactly("发票开具", "设备保修"));
    }
}

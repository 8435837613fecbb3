package com.salesbot.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workbench's reads and the one-tap tag with explicit times: a Thursday morning, 2026-12-03 10:00 Shanghai. */
class WorkbenchQueriesTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long NOW = Instant.parse("2026-12-03T02:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryTouchStore touches = new InMemoryTouchStore();
    private final InMemoryLeadStore leads = new InMemoryLeadStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final BusinessConfig config = BusinessConfig.defaults();
    private final WorkbenchQueries queries = new WorkbenchQueries(org, touches, leads, customers,
            new TargetHealthQuery(new InMemoryTargetStore(), new InMemoryPaymentStore(), new InMemoryOpportunityStore(),
                    Thresholds.defaults(), ZONE), config, BusinessCalendar.weekdays(ZONE), Set.of("won_pending"),
            ComplianceAlerts.NONE);
    private final TagTouchResult tagging = new TagTouchResult(touches, org, config, audit::add);
    private final Rep rep = RepBuilder.rep("r1").team("T1").build();
    private final Rep mate = RepBuilder.rep("r2").team("T1").build();
    private final Rep other = RepBuilder.rep("r9").team("T2").build();
    private final Rep manager = RepBuilder.manager("m1", "T1");
    private final Rep otherManager = RepBuilder.manager("m2", "T2");
    private final Rep director = RepBuilder.director("d1");

    WorkbenchQueriesTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        for (Rep r : List.of(rep, mate, other, manager, otherManager, director)) {
            org.saveRep(r);
        }
        customers.save(new Customer("c1", "华新机械", "r1", null, "制造业", "A", 0, false));
    }

    @Test
    void untaggedTouchesAreThoseOfTheLastFourteenDays() {
        long inside = touches.insert(touch("r1", NOW - 14 * DAY + 60_000)).id();
        long outside = touches.insert(touch("r1", NOW - 14 * DAY - 60_000)).id();
        touches.insert(touch("r2", NOW - DAY));
        var today = queries.today(rep, null, NOW);
        assertThat(today.untagged()).extracting(WorkbenchQueries.UntaggedTouch::id).containsExactly(inside)
                .doesNotContain(outside);
        assertThat(today.untagged().get(0).customerName()).isEqualTo("华新机械");
    }

    @Test
    void leadsInAClosedStageAreLeftOutAndTheRestSortedByDaysInStage() {
        leads.insert(new Lead(0, "c1", "r1", "website", NOW - 40 * DAY, "设备老化", "needs", NOW - 3 * DAY, null));
        leads.insert(new Lead(0, "c1", "r1", "website", NOW - 40 * DAY, "成本高", "quote", NOW - 20 * DAY, null));
        leads.insert(new Lead(0, "c1", "r1", "website", NOW - 40 * DAY, "已签", "won_pending", NOW - 30 * DAY, null));
        var rows = queries.today(rep, null, NOW).leads();
        assertThat(rows).extracting(WorkbenchQueries.DwellRow::days).containsExactly(20L, 3L);
        assertThat(rows).extracting(WorkbenchQueries.DwellRow::stage).containsExactly("方案报价", "需求确认");
    }

    @Test
    void heatmapRangeIsFiveToThirtyBusinessDays() {
        assertThatThrownBy(() -> queries.team(manager, "T1", 4, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(queries.team(manager, "T1", 5, NOW).dayLabels()).hasSize(5).first().isEqualTo("11/26 周四");
        assertThat(queries.team(manager, "T1", 30, NOW).dayLabels()).hasSize(30);
        assertThatThrownBy(() -> queries.team(manager, "T1", 31, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopeDecidesWhoseDayAndWhichTeamOpen() {
        assertThat(queries.today(rep, "r1", NOW).repId()).isEqualTo("r1");
        assertThatThrownBy(() -> queries.today(rep, "r2", NOW)).isInstanceOf(WorkbenchDenied.class);
        assertThat(queries.today(manager, "r2", NOW).repId()).isEqualTo("r2");
        assertThatThrownBy(() -> queries.today(manager, "r9", NOW)).isInstanceOf(WorkbenchDenied.class);
        assertThat(queries.today(director, "r9", NOW).repId()).isEqualTo("r9");

        assertThat(queries.teams(rep)).isEmpty();
        assertThatThrownBy(() -> queries.team(rep, "T1", 7, NOW)).isInstanceOf(WorkbenchDenied.class);
        assertThat(queries.teams(manager)).extracting(WorkbenchQueries.TeamOption::id).containsExactly("T1");
        assertThatThrownBy(() -> queries.team(manager, "T2", 7, NOW)).isInstanceOf(WorkbenchDenied.class);
        assertThat(queries.teams(director)).hasSize(2);
        assertThat(queries.team(director, "T2", 7, NOW).heatmap()).extracting(WorkbenchQueries.HeatRow::repId)
                .containsExactly("r9");
    }

    @Test
    void oneTapTagIsOnceInScopeAndAudited() {
        long id = touches.insert(touch("r1", NOW - DAY)).id();
        assertThatThrownBy(() -> tagging.tag(otherManager, id, "demo_booked", "workbench", NOW))
                .isInstanceOf(WorkbenchDenied.class);
        assertThatThrownBy(() -> tagging.tag(mate, id, "demo_booked", "workbench", NOW))
                .isInstanceOf(WorkbenchDenied.class);
        assertThat(tagging.tag(rep, id, "nonsense", "workbench", NOW).outcome())
                .isEqualTo(TagTouchResult.Outcome.UNKNOWN_TAG);
        assertThat(tagging.tag(rep, 999, "demo_booked", "workbench", NOW).outcome())
                .isEqualTo(TagTouchResult.Outcome.NOT_FOUND);
        assertThat(audit).isEmpty();

        var done = tagging.tag(manager, id, "demo_booked", "workbench", NOW);
        assertThat(done.outcome()).isEqualTo(TagTouchResult.Outcome.TAGGED);
        assertThat(done.label()).isEqualTo("已预约演示");
        assertThat(tagging.tag(rep, id, "quoted", "workbench", NOW).outcome())
                .isEqualTo(TagTouchResult.Outcome.ALREADY_TAGGED);
        assertThat(touches.find(id).orElseThrow().resultTag()).isEqualTo("demo_booked");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("m1");
            assertThat(e.action()).isEqualTo("touch.result");
            assertThat(e.channel()).isEqualTo("workbench");
        });
    }

    private static Touch touch(String repId, long at) {
        return new Touch(0, repId, "c1", TouchKind.CALL, at, 300, null, null, 0, "test", null);
    }
}

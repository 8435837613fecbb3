package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.demo.DemoCompanyGenerator;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo company on its own database: loaded at start-up when enabled, never twice. */
@MicronautTest(transactional = false)
@Property(name = "salesbot.demo.enabled", value = "true")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:demostartup;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1")
class DemoCompanyStartupTest {
    @Inject
    OrgStore org;
    @Inject
    DemoCompanyStartup startup;
    @Inject
    com.salesbot.core.deal.DealDesk desk;
    @Inject
    com.salesbot.core.bonus.BonusBook book;
    @Inject
    java.time.Clock clock;
    @Inject
    com.salesbot.bot.capture.ChatTouchJob chatTouches;
    @Inject
    com.salesbot.core.port.TouchStore touches;
    @Inject
    com.salesbot.core.port.LeadStore leads;

    @Test
    void startUpLoadedTheDemoCompanyAndASecondLoadDoesNothing() {
        assertThat(startup.enabled()).isTrue();
        assertThat(org.teams()).hasSize(DemoCompanyGenerator.TEAMS);
        Rep quiet = org.findRep(DemoCompanyGenerator.LOW_ACTIVITY_REP).orElseThrow();
        assertThat(org.findRepByWecomUserId(quiet.wecomUserId())).contains(quiet);
        assertThat(org.findRepByDingtalkStaffId(quiet.dingtalkStaffId())).contains(quiet);
        int people = org.reps().size();
        assertThat(startup.load()).isFalse();
        assertThat(org.reps()).hasSize(people);
    }

    @Test
    void theDemoHasARiskyDealInReviewPerTeamACappedRepAMentorAndAForfeitedThirtyPercent() {
        for (int t = 1; t <= DemoCompanyGenerator.TEAMS; t++) {
            Rep manager = org.findRep("demo-m" + t).orElseThrow();
            assertThat(desk.queue(manager)).extracting(p -> p.deal().id()).containsExactly("demo-d" + t + "3");
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        java.time.YearMonth month = java.time.YearMonth.from(today);
        com.salesbot.core.bonus.Coefficient capped = book.coefficient("demo-r12", month);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.value()).isEqualByComparingTo("0.90");
        com.salesbot.core.bonus.Coefficient free = book.coefficient("demo-r11", month);
        assertThat(free.csPoints()).isGreaterThanOrEqualTo(6);
        assertThat(free.reasons()).noneMatch(r -> r.contains("按持平计"));
        assertThat(book.statement("demo-r12", month, today).deals()).anySatisfy(b -> assertThat(b.parts())
                .anySatisfy(p -> {
                    assertThat(p.part()).isEqualTo(com.salesbot.core.bonus.BonusPart.NO_COMPLAINT);
                    assertThat(p.state()).isEqualTo(com.salesbot.core.bonus.PartState.FORFEITED);
                }));
        assertThat(book.statement("demo-r11", month, today).mentorLines()).isNotEmpty();
    }

    @Test
    void theDemosChatsBecomeChatTouchesItsLeaveIsStoredAndSomeLeadsAreLost() {
        chatTouches.close();
        assertThat(touches.between(0, Long.MAX_VALUE)).filteredOn(t -> "chat".equals(t.source()))
                .isNotEmpty().allSatisfy(t -> {
                    assertThat(t.kind()).isEqualTo(com.salesbot.core.model.TouchKind.CHAT);
                    assertThat(t.durationSeconds()).isEqualTo(120);
                });
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(org.absences(today, today)).extracting(com.salesbot.core.model.Absence::repId)
                .contains(DemoCompanyGenerator.ON_LEAVE_REP);
        assertThat(leads.all()).anyMatch(com.salesbot.core.model.Lead::lost)
                .anyMatch(l -> !l.lost());
    }
}

package com.salesbot.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCompanyGeneratorTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 17);
    private static final BusinessConfig CONFIG = BusinessConfig.defaults();
    private final DemoCompanyGenerator generator = new DemoCompanyGenerator(CONFIG, ZONE);

    @Test
    void sameSeedSameCompanyOtherSeedOtherNames() {
        DemoCompany a = generator.generate(42, TODAY);
        assertThat(generator.generate(42, TODAY)).isEqualTo(a);
        DemoCompany b = generator.generate(43, TODAY);
        assertThat(b.people().stream().map(Rep::name).toList())
                .isNotEqualTo(a.people().stream().map(Rep::name).toList());
    }

    @Test
    void peopleAndTheirIdsDoNotDependOnTheDayTheCompanyIsGenerated() {
        assertThat(identities(generator.generate(42, LocalDate.of(2026, 7, 1))))
                .isEqualTo(identities(generator.generate(42, TODAY)));
    }

    private static List<String> identities(DemoCompany company) {
        return company.people().stream().map(p -> String.join("|", p.id(), p.name(), p.role().name(),
                String.valueOf(p.teamId()), p.wecomUserId(), p.dingtalkStaffId())).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 2026, 987654321})
    void threeTeamsEachWithAManagerAndSixToEightReps(long seed) {
        DemoCompany company = generator.generate(seed, TODAY);
        assertThat(company.teams()).hasSize(3);
        assertThat(company.people()).filteredOn(p -> p.role() == Role.DIRECTOR).hasSize(1);
        for (var team : company.teams()) {
            List<Rep> members = company.people().stream().filter(p -> team.id().equals(p.teamId())).toList();
            assertThat(members).filteredOn(p -> p.role() == Role.MANAGER).hasSize(1);
            assertThat(members.stream().filter(p -> p.role() == Role.REP).count()).isBetween(6L, 8L);
        }
    }

    @Test
    void everyPersonHasDistinctNameWecomAndDingtalkIds() {
        List<Rep> people = generator.generate(7, TODAY).people();
        assertThat(people).allSatisfy(p -> {
            assertThat(p.wecomUserId()).isNotBlank();
            assertThat(p.dingtalkStaffId()).isNotBlank();
            assertThat(p.name()).matches("\\p{IsHan}{2,3}");
        });
        assertThat(people.stream().map(Rep::wecomUserId).distinct()).hasSameSizeAs(people);
        assertThat(people.stream().map(Rep::dingtalkStaffId).distinct()).hasSameSizeAs(people);
        assertThat(people.stream().map(Rep::name).distinct()).hasSameSizeAs(people);
    }

    @Test
    void leadsCoverAllFiveStagesInEveryTeamAndSomeAreStuck() {
        DemoCompany company = generator.generate(11, TODAY);
        Map<String, String> teamOf = company.people().stream().filter(p -> p.teamId() != null)
                .collect(Collectors.toMap(Rep::id, Rep::teamId));
        Set<String> stageCodes = CONFIG.stages().stream().map(Choice::code).collect(Collectors.toSet());
        for (var team : company.teams()) {
            Set<String> seen = company.leads().stream().filter(l -> team.id().equals(teamOf.get(l.ownerRepId())))
                    .map(Lead::stage).collect(Collectors.toSet());
            assertThat(seen).isEqualTo(stageCodes);
        }
        long stuckBefore = millis(TODAY.minusDays(DemoCompanyGenerator.STUCK_DAYS - 1));
        long recentAfter = millis(TODAY.minusDays(15));
        assertThat(company.leads()).anyMatch(l -> l.stageEnteredAt() < stuckBefore);
        assertThat(company.leads()).anyMatch(l -> l.stageEnteredAt() >= recentAfter);
        assertThat(company.leads()).allMatch(l -> CONFIG.leadSources().stream()
                .anyMatch(s -> s.code().equals(l.sourceChannel())));
    }

    @Test
    void touchesSpanSixtyBusinessDaysBeforeTodayAndNeverTheFuture() {
        DemoCompany company = generator.generate(5, TODAY);
        List<LocalDate> days = DemoCompanyGenerator.businessDaysBefore(TODAY, 60, CONFIG.calendar());
        assertThat(days).hasSize(60).allMatch(d -> d.isBefore(TODAY) && CONFIG.calendar().isBusinessDay(d));
        Set<LocalDate> touched = company.touches().stream()
                .map(t -> java.time.Instant.ofEpochMilli(t.startedAt()).atZone(ZONE).toLocalDate())
                .collect(Collectors.toSet());
        assertThat(touched).containsExactlyInAnyOrderElementsOf(days);
        assertThat(company.touches()).anyMatch(t -> !t.tagged()).anyMatch(Touch::tagged)
                .anyMatch(t -> t.durationSeconds() < CONFIG.thresholds().effectiveTouchMinSeconds())
                .anyMatch(t -> t.durationSeconds() >= CONFIG.thresholds().effectiveTouchMinSeconds());
        assertThat(company.touches().stream().map(Touch::externalId).distinct()).hasSameSizeAs(company.touches());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 42, 2026, 20260101})
    void lowActivityRepFallsBelowSixtyPercentOfTeamAverageOnlyInTheLastDays(long seed) {
        DemoCompany company = generator.generate(seed, TODAY);
        List<LocalDate> days = DemoCompanyGenerator.businessDaysBefore(TODAY, 60, CONFIG.calendar());
        List<String> team = company.people().stream().filter(p -> "demo-t1".equals(p.teamId()))
                .filter(p -> p.role() == Role.REP).map(Rep::id).toList();
        double ratio = CONFIG.thresholds().lowActivityRatio();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            Map<String, Long> counts = company.touches().stream()
                    .filter(t -> java.time.Instant.ofEpochMilli(t.startedAt()).atZone(ZONE).toLocalDate().equals(day))
                    .filter(t -> team.contains(t.repId()))
                    .collect(Collectors.groupingBy(Touch::repId, Collectors.counting()));
            double average = counts.values().stream().mapToLong(Long::longValue).sum() / (double) team.size();
            long quiet = counts.getOrDefault(DemoCompanyGenerator.LOW_ACTIVITY_REP, 0L);
            boolean inStreak = i >= days.size() - DemoCompanyGenerator.QUIET_DAYS;
            assertThat(quiet < average * ratio).as("day %s", day).isEqualTo(inStreak);
        }
    }

    @Test
    void priceSensitiveRepsLatestFiveEntriesAllMentionPrice() {
        DemoCompany company = generator.generate(9, TODAY);
        List<Lead> latest = company.leads().stream()
                .filter(l -> l.ownerRepId().equals(DemoCompanyGenerator.PRICE_SENSITIVE_REP))
                .sorted(Comparator.comparingLong(Lead::firstTouchAt).reversed()).toList();
        int streak = CONFIG.thresholds().priceSensitiveStreak();
        assertThat(latest.subList(0, streak)).allMatch(l -> l.painPoint().matches(".*(价格|贵|折扣|降价|预算).*"));
        assertThat(latest.size()).isGreaterThan(streak);
        assertThat(latest.get(streak).painPoint()).doesNotContain("价格");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-17", "2026-07-01", "2026-02-28"})
    void redRepCannotCoverTheGapAndGreenRepCan(String today) {
        LocalDate day = LocalDate.parse(today);
        DemoCompany company = generator.generate(21, day);
        double red = coverage(company, DemoCompanyGenerator.RED_TARGET_REP, day);
        double green = coverage(company, DemoCompanyGenerator.GREEN_TARGET_REP, day);
        assertThat(red).isLessThan(CONFIG.thresholds().reserveGapRedRatio());
        assertThat(green).isGreaterThan(CONFIG.thresholds().awardRatio());
    }

    @Test
    void customersAreChineseCompaniesWithIndustriesAndTaggedConversations() {
        DemoCompany company = generator.generate(13, TODAY);
        assertThat(company.customers()).allSatisfy(c -> {
            assertThat(c.name()).endsWith("有限公司");
            assertThat(c.type()).isIn(DemoNames.industries());
        });
        assertThat(company.customers().stream().map(c -> c.name()).distinct()).hasSameSizeAs(company.customers());
        assertThat(company.conversations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.conversation().tags()).isNotEmpty();
            assertThat(c.messages()).hasSize(c.conversation().messageCount());
        });
        Set<String> ids = new HashSet<>();
        company.conversations().forEach(c -> c.messages().forEach(m -> ids.add(m.clientMsgId())));
        assertThat(ids).hasSize(company.conversations().size() * 2);
        assertThat(company.opportunities()).anyMatch(o -> o.status() == OpportunityStatus.OPEN)
                .anyMatch(Opportunity::qualified);
    }

    /** Open pipeline divided by the gap still to close this month. */
    private static double coverage(DemoCompany company, String repId, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        long target = company.targets().stream().filter(t -> t.repId().equals(repId) && t.month().equals(month))
                .findFirst().orElseThrow().amountFen();
        long from = millis(month.atDay(1));
        long paid = company.payments().stream().filter(p -> p.repId().equals(repId) && p.paidAt() >= from)
                .mapToLong(Payment::amountFen).sum();
        long reserve = company.opportunities().stream()
                .filter(o -> o.ownerRepId().equals(repId) && o.status() == OpportunityStatus.OPEN)
                .mapToLong(Opportunity::amountFen).sum();
        return reserve / (double) (target - paid);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    @Test
    void everyDemoConversationBecomesAChatTouchWhenClosed() {
        DemoCompany company = generator.generate(13, TODAY);
        com.salesbot.core.capture.ChatTouchRule rule = com.salesbot.core.capture.ChatTouchRule
                .ofMinutes(Thresholds.defaults().chatGapCapMinutes());
        assertThat(company.conversations()).isNotEmpty().allSatisfy(c -> {
            Touch touch = rule.touchOf(c.conversation(), c.messages()).orElseThrow();
            assertThat(touch.kind()).isEqualTo(TouchKind.CHAT);
            assertThat(touch.durationSeconds()).isEqualTo(120);
            assertThat(touch.startedAt()).isLessThan(millis(TODAY));
        });
    }

    @Test
    void oneRepIsOnLeaveFromTodayAndAnotherWasAwayLastWeek() {
        DemoCompany company = generator.generate(3, TODAY); // Wednesday
        Set<String> people = company.people().stream().map(Rep::id).collect(Collectors.toSet());
        assertThat(company.absences()).extracting(Absence::repId)
                .containsExactly(DemoCompanyGenerator.ON_LEAVE_REP, DemoCompanyGenerator.BACK_FROM_LEAVE_REP);
        assertThat(people).contains(DemoCompanyGenerator.ON_LEAVE_REP, DemoCompanyGenerator.BACK_FROM_LEAVE_REP);
        Absence now = company.absences().get(0);
        assertThat(now.from()).isEqualTo(TODAY);
        assertThat(now.to()).isEqualTo(TODAY.plusDays(DemoCompanyGenerator.LEAVE_DAYS - 1));
        Absence before = company.absences().get(1);
        assertThat(before.from()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(before.to()).isEqualTo(LocalDate.of(2026, 6, 10));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 20260101})
    void someLeadsWereLostWithAConfiguredReasonButNeverAStuckOneAndEveryTeamStillHasOpenLeads(long seed) {
        DemoCompany company = generator.generate(seed, TODAY);
        Set<String> reasons = CONFIG.lostReasons().stream().map(Choice::code).collect(Collectors.toSet());
        List<Lead> lost = company.leads().stream().filter(Lead::lost).toList();
        assertThat(lost).isNotEmpty().allSatisfy(l -> {
            assertThat(reasons).contains(l.lostReason());
            assertThat(l.lostAt()).isBetween(l.firstTouchAt(), millis(TODAY) - 1);
            assertThat(l.stageEnteredAt()).isGreaterThanOrEqualTo(millis(TODAY.minusDays(DemoCompanyGenerator.STUCK_DAYS - 1)));
        });
        assertThat(lost.size()).isLessThan(company.leads().size() / 3);
        Map<String, String> teamOf = company.people().stream().filter(p -> p.teamId() != null)
                .collect(Collectors.toMap(Rep::id, Rep::teamId));
        for (var team : company.teams()) {
            assertThat(company.leads()).anyMatch(l -> !l.lost() && team.id().equals(teamOf.get(l.ownerRepId()))
                    && !l.stage().equals("won_pending"));
        }
    }
}

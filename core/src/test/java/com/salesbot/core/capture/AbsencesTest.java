package com.salesbot.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AbsencesTest {
    private static final LocalDate MON = LocalDate.of(2026, 12, 7);
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AbsenceBook book = new AbsenceBook() {
        @Override
        public Optional<Absence> find(String repId, LocalDate from) {
            return org.absence(repId, from);
        }

        @Override
        public boolean remove(String repId, LocalDate from) {
            return org.removeAbsence(repId, from);
        }
    };
    private final Absences absences = new Absences(org, book, audit::add,
            BusinessCalendar.weekdays(ZoneId.of("Asia/Shanghai")), Transactions.none());
    private Rep rep;
    private Rep other;
    private Rep manager;
    private Rep otherManager;

    @BeforeEach
    void setUp() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        rep = save(new Rep("r1", "李明", "T1", Role.REP, "liming", null, LocalDate.of(2025, 1, 1), true));
        other = save(new Rep("r2", "王芳", "T1", Role.REP, "wangfang", null, LocalDate.of(2025, 1, 1), true));
        manager = save(new Rep("m1", "赵经理", "T1", Role.MANAGER, "zhao", null, LocalDate.of(2024, 1, 1), true));
        otherManager = save(new Rep("m2", "钱经理", "T2", Role.MANAGER, "qian", null, LocalDate.of(2024, 1, 1), true));
    }

    private Rep save(Rep r) {
        org.saveRep(r);
        return r;
    }

    @Test
    void aRepRecordsTheirOwnAbsenceWithItsBusinessDaysAndItIsAudited() {
        Absences.Outcome o = absences.register(rep, "r1", MON, MON.plusDays(6), "wecom", 1_000L);
        assertThat(o.ok()).isTrue();
        assertThat(o.businessDays()).isEqualTo(5);
        assertThat(org.absences(MON, MON)).containsExactly(new Absence("r1", MON, MON.plusDays(6)));
        assertThat(audit).containsExactly(new AuditEntry("r1", "absence.create", "absence", "r1:2026-12-07", null,
                "2026-12-07..2026-12-13", "wecom", 1_000L));
    }

    @Test
    void aRepCannotRecordAnotherRepsAbsenceAManagerCanForTheirTeamOnly() {
        assertThat(absences.register(rep, "r2", MON, MON, "wecom", 1L).problem()).contains("只能为自己登记请假");
        assertThat(absences.register(otherManager, "r2", MON, MON, "wecom", 1L).ok()).isFalse();
        assertThat(org.absences(MON, MON)).isEmpty();
        assertThat(audit).isEmpty();

        assertThat(absences.register(manager, "r2", MON, MON, "dingtalk", 2L).ok()).isTrue();
        assertThat(audit).extracting(AuditEntry::actorId).containsExactly("m1");
    }

    @Test
    void recordingTheSameFirstDayAgainReplacesTheEndAndAuditsTheBefore() {
        absences.register(rep, "r1", MON, MON, "wecom", 1L);
        absences.register(rep, "r1", MON, MON.plusDays(2), "wecom", 2L);
        assertThat(org.absences(MON, MON.plusDays(9))).containsExactly(new Absence("r1", MON, MON.plusDays(2)));
        assertThat(audit.get(1).before()).isEqualTo("2026-12-07..2026-12-07");
    }

    @Test
    void cancellingTakesTheAbsenceBackOnceAndOnlyInScope() {
        absences.register(rep, "r1", MON, MON, "wecom", 1L);
        assertThat(absences.cancel(other, "r1", MON, "wecom", 2L)).isFalse();
        assertThat(org.absences(MON, MON)).hasSize(1);

        assertThat(absences.cancel(rep, "r1", MON, "wecom", 3L)).isTrue();
        assertThat(absences.cancel(rep, "r1", MON, "wecom", 4L)).isFalse();
        assertThat(org.absences(MON, MON)).isEmpty();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("absence.create", "absence.cancel");
        assertThat(audit.get(1).before()).isEqualTo("2026-12-07..2026-12-07");
        assertThat(audit.get(1).after()).isNull();
    }

    @Test
    void awayOnNamesOnlyThoseCoveredThatDay() {
        absences.register(rep, "r1", MON, MON.plusDays(1), "wecom", 1L);
        assertThat(absences.awayOn(List.of(rep, other), MON.plusDays(1))).containsExactly(rep);
        assertThat(absences.awayOn(List.of(rep, other), MON.plusDays(2))).isEmpty();
        assertThat(absences.awayOn(List.of(rep, other), MON.minusDays(1))).isEmpty();
    }
}

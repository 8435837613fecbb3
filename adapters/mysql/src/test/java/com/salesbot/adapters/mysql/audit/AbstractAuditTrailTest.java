package com.salesbot.adapters.mysql.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditPage;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.StoredAuditEntry;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail keeps every entry and reads it back newest first, filtered and paged. */
abstract class AbstractAuditTrailTest {
    @Inject
    MyBatisAuditTrail trail;

    private String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private String rep(String name) {
        return name + "-" + run;
    }

    @Test
    void entriesComeBackNewestFirstWithBeforeAndAfterIntact() {
        trail.record(new AuditEntry(rep("r1"), "lead.advance", "lead", "L1-" + run, "{\"stage\":\"初步接触\"}",
                "{\"stage\":\"需求确认\"}", "wecom", 1_000L));
        trail.record(new AuditEntry(rep("r1"), "absence.create", "absence", "A1-" + run, null, "12月8日到12月10日",
                "dingtalk", 2_000L));

        AuditPage page = trail.find(new AuditQuery(rep("r1"), null, null, null, null, null, 0, 10));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.entries()).extracting(e -> e.entry().action())
                .containsExactly("absence.create", "lead.advance");
        AuditEntry lead = page.entries().get(1).entry();
        assertThat(lead.before()).isEqualTo("{\"stage\":\"初步接触\"}");
        assertThat(lead.after()).isEqualTo("{\"stage\":\"需求确认\"}");
        assertThat(lead.channel()).isEqualTo("wecom");
        assertThat(page.entries().get(0).entry().before()).isNull();
    }

    @Test
    void filtersByActionSubjectAndTimeRangeWithExclusiveEnd() {
        for (int i = 0; i < 5; i++) {
            trail.record(new AuditEntry(rep("r2"), i % 2 == 0 ? "lead.advance" : "lead.lose", "lead", "L" + i + run,
                    null, "x", "api", 10_000L + i * 1_000L));
        }
        trail.record(new AuditEntry(rep("other"), "lead.advance", "lead", "L0" + run, null, "x", "api", 10_000L));

        assertThat(trail.find(new AuditQuery(rep("r2"), "lead.advance", null, null, null, null, 0, 50)).total())
                .isEqualTo(3);
        assertThat(trail.find(new AuditQuery(null, null, "lead", "L0" + run, null, null, 0, 50)).total())
                .isEqualTo(2);
        AuditPage range = trail.find(new AuditQuery(rep("r2"), null, null, null, 11_000L, 13_000L, 0, 50));
        assertThat(range.entries()).extracting(e -> e.entry().at()).containsExactly(12_000L, 11_000L);
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        for (int i = 0; i < 7; i++) {
            trail.record(new AuditEntry(rep("r3"), "customer.grade", "customer", "C" + i, "B", "A", "sandbox",
                    20_000L + i));
        }
        AuditPage first = trail.find(new AuditQuery(rep("r3"), null, null, null, null, null, 0, 3));
        AuditPage third = trail.find(new AuditQuery(rep("r3"), null, null, null, null, null, 2, 3));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.entries()).extracting(e -> e.entry().subjectId()).containsExactly("C6", "C5", "C4");
        assertThat(third.entries()).extracting(e -> e.entry().subjectId()).containsExactly("C0");
        assertThat(first.entries()).extracting(StoredAuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
}

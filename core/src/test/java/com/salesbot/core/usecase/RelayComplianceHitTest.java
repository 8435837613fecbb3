package com.salesbot.core.usecase;

import static com.salesbot.core.testdata.RepBuilder.director;
import static com.salesbot.core.testdata.RepBuilder.manager;
import static com.salesbot.core.testdata.RepBuilder.rep;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.ComplianceKind;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.Shanghai;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayComplianceHitTest {
    private static final Team T1 = new Team("T1", "华东一组");
    private static final Team T2 = new Team("T2", "华南组");
    private static final ComplianceHit HIT = new ComplianceHit(ComplianceKind.POLICY_WORDING, "保证返利",
            "我们保证返利一定到账");

    // 2026-11-27 23:59 in Shanghai: one minute before the business day changes
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T15:59:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final BusinessConfig config = BusinessConfig.defaults();
    private final RelayComplianceHit relay = new RelayComplianceHit(org, customers,
            new RecipientDirectory(List.of("wecom")), new OutboxWriter(outbox, outbox),
            new InMemoryCounterStore(clock), new InMemoryKeyValueStore(clock),
            new BusinessCalendar(Shanghai.ZONE, config.calendar().holidays(), config.calendar().makeUpWorkdays()),
            clock);

    @BeforeEach
    void org() {
        org.saveTeam(T1);
        org.saveTeam(T2);
        org.saveRep(rep("r1").name("杨静").build());
        org.saveRep(rep("r2").build());
        org.saveRep(manager("m1", "T1"));
        org.saveRep(rep("m1-old").role(com.salesbot.core.model.Role.MANAGER).inactive().build());
        org.saveRep(manager("m2", "T2"));
        org.saveRep(director("d1"));
        customers.save(new Customer("c1", "华东精密", "r1", null, "制造业", "A", 0, false));
    }

    @Test
    void alertsEveryActiveManagerOfTheRepsTeamOnceWithTheExcerpt() {
        int alerted = relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-1", HIT));

        assertThat(alerted).isEqualTo(1);
        assertThat(outbox.rows.values()).singleElement().satisfies(row -> {
            assertThat(row.recipient()).isEqualTo("wx-m1");
            assertThat(row.key()).isEqualTo("compliance:msg-1:POLICY_WORDING:m1");
            Card card = (Card) row.outbound().message();
            assertThat(card.title()).isEqualTo("合规提醒");
            assertThat(card.lines()).containsExactly("杨静 → 华东精密：合规-非授权政策表述「我们保证返利一定到账」");
        });
    }

    @Test
    void aDigestOnlyHitAlertsNobodyNowButKeepsItsLineForTheDigest() {
        LocalDate today = LocalDate.of(2026, 11, 27); // 23:59 in Shanghai
        int before = relay.of(T1, today).size();
        assertThat(relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-9", HIT), false)).isZero();

        assertThat(outbox.rows).isEmpty();
        assertThat(relay.of(T1, today)).hasSize(before + 1);
    }

    @Test
    void theSameMessageReportedTwiceAlertsOnce() {
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-1", HIT));
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-1", HIT));
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-2", HIT));

        assertThat(outbox.rows.keySet()).containsExactly("compliance:msg-1:POLICY_WORDING:m1",
                "compliance:msg-2:POLICY_WORDING:m1");
    }

    @Test
    void somebodyInNoTeamOrUnknownAlertsNobodyAndKeepsNoLine() {
        assertThat(relay.relay(new RelayComplianceHit.Command("d1", "c1", "msg-1", HIT))).isZero();
        assertThat(relay.relay(new RelayComplianceHit.Command("ghost", "c1", "msg-2", HIT))).isZero();

        assertThat(outbox.rows).isEmpty();
        assertThat(relay.of(T1, LocalDate.of(2026, 11, 27))).isEmpty();
    }

    @Test
    void theDigestReadsTheLinesOfTheTeamsBusinessDayInArrivalOrder() {
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-1", HIT));
        relay.relay(new RelayComplianceHit.Command("r2", "c-unknown", "msg-2", HIT));
        clock.advance(Duration.ofMinutes(2)); // 00:01 on the 28th in Shanghai
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-3", HIT));

        assertThat(relay.of(T1, LocalDate.of(2026, 11, 27))).containsExactly(
                "杨静 → 华东精密：合规-非授权政策表述「我们保证返利一定到账」",
                "销售r2 → c-unknown：合规-非授权政策表述「我们保证返利一定到账」");
        assertThat(relay.of(T1, LocalDate.of(2026, 11, 28))).hasSize(1);
        assertThat(relay.of(T2, LocalDate.of(2026, 11, 27))).isEmpty();
    }

    @Test
    void theLinesAreKeptTwoWeeks() {
        relay.relay(new RelayComplianceHit.Command("r1", "c1", "msg-1", HIT));

        clock.advance(RelayComplianceHit.KEEP.minusMinutes(1));
        assertThat(relay.of(T1, LocalDate.of(2026, 11, 27))).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(relay.of(T1, LocalDate.of(2026, 11, 27))).isEmpty();
    }

    @Test
    void isTheTaggingPipelinesAlertsPort() {
        relay.complianceHit("r1", "c1", "msg-9", HIT);

        assertThat(outbox.rows.keySet()).containsExactly("compliance:msg-9:POLICY_WORDING:m1");
    }
}

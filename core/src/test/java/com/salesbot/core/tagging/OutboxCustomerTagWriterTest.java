package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R16 write-back becomes one outbox row per rep, customer and tag set; nothing to mark means no row. */
class OutboxCustomerTagWriterTest {
    final RecordingOutbox outbox = new RecordingOutbox();
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final OutboxCustomerTagWriter writer = new OutboxCustomerTagWriter(new OutboxWriter(outbox, outbox), org,
            customers, Clock.fixed(Instant.parse("2026-12-03T03:00:00Z"), ZoneOffset.UTC));

    OutboxCustomerTagWriterTest() {
        org.saveTeam(new Team("t1", "华东组"));
        org.saveRep(new Rep("r1", "杨静", "t1", Role.REP, "yangjing", null, LocalDate.of(2025, 1, 1), true));
        org.saveRep(new Rep("r2", "无企微", "t1", Role.REP, null, "dd2", LocalDate.of(2025, 1, 1), true));
        customers.save(new Customer("c1", "华东精密", "r1", "wmEXT1", "制造业", "A", 0, false));
        customers.save(new Customer("c2", "线下客户", "r1", null, "制造业", "A", 0, false));
    }

    @Test
    void tagsBecomeOneKeyedOutboxRowToTheRepsWecomView() {
        writer.writeTags("r1", "c1", List.of("续费", "询价"));
        writer.writeTags("r1", "c1", List.of("询价", "续费"));

        assertThat(outbox.rows.values()).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("wecom");
            assertThat(row.recipient()).isEqualTo("yangjing");
            assertThat(row.outbound().message()).isEqualTo(new CustomerTagUpdate("wmEXT1", List.of("续费", "询价")
                    .stream().sorted().toList()));
        });
        writer.writeTags("r1", "c1", List.of("投诉"));
        assertThat(outbox.rows).hasSize(2);
    }

    @Test
    void noExternalContactNoWecomMemberOrNoTagMeansNoRow() {
        writer.writeTags("r1", "c2", List.of("询价"));
        writer.writeTags("r2", "c1", List.of("询价"));
        writer.writeTags("r1", "c1", List.of());
        writer.writeTags("ghost", "c1", List.of("询价"));
        assertThat(outbox.rows).isEmpty();
    }
}

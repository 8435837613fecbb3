package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.mysql.DatabaseInfo;
import com.salesbot.adapters.mysql.DatabaseInfoService;
import com.salesbot.adapters.mysql.mapper.OrgMapper;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.testdata.Ids;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema, transaction and metadata behaviour, run on H2 and on MariaDB by the subclasses. */
abstract class AbstractDatabaseContractTest {
    @Inject
    RollbackProbe rollbackProbe;
    @Inject
    OrgStore orgStore;
    @Inject
    CustomerStore customerStore;
    @Inject
    OrgMapper orgMapper;
    @Inject
    SqlProbe sql;
    @Inject
    DatabaseInfoService databaseInfo;

    abstract String expectedProduct();

    abstract String expectedLocation();

    @Test
    void migrationCreatesATableForEveryStoreAndShedLock() throws Exception {
        for (String table : List.of("teams", "reps", "absences", "customers", "leads", "opportunities", "touches",
                "targets", "payments", "conversations", "chat_messages", "inbox", "outbox", "shedlock")) {
            assertThat(sql.column("SELECT COUNT(*) FROM " + table)).as(table).hasSize(1);
        }
    }

    @Test
    void shedLockTableDefaultsLockedAtAndRefusesASecondRowForTheSameName() throws Exception {
        String name = Ids.unique("job");
        sql.update("INSERT INTO shedlock (name, lock_until, locked_by) VALUES (?, ?, ?)", name,
                Timestamp.valueOf("2030-01-02 03:04:05.678"), "host-1");
        assertThat(sql.column("SELECT locked_by FROM shedlock WHERE name = ?", name)).containsExactly("host-1");
        assertThat(sql.column("SELECT COUNT(*) FROM shedlock WHERE name = ? AND locked_at IS NOT NULL", name))
                .containsExactly("1");
        assertThatThrownBy(() -> sql.update("INSERT INTO shedlock (name, lock_until, locked_by) VALUES (?, ?, ?)",
                name, Timestamp.valueOf("2030-01-02 03:04:05"), "host-2")).isNotNull();
    }

    @Test
    void anExceptionRollsBackEveryStoreWriteInTheTransaction() {
        String id = Ids.unique("rb");
        assertThatThrownBy(() -> rollbackProbe.write(new Team(id, "回滚组"), customer(id), id, true))
                .isInstanceOf(IllegalStateException.class);

        assertThat(orgStore.findTeam(id)).isEmpty();
        assertThat(customerStore.find(id)).isEmpty();
    }

    @Test
    void withoutAnExceptionAllWritesAreCommitted() throws Exception {
        String id = Ids.unique("ok");
        rollbackProbe.write(new Team(id, "提交组"), customer(id), id, false);

        assertThat(orgStore.findTeam(id)).contains(new Team(id, "提交组"));
        assertThat(customerStore.find(id)).isPresent();
        assertThat(sql.column("SELECT payload FROM inbox WHERE event_id = ?", id)).containsExactly("{}");
    }

    @Test
    void aMapperOutsideAnyTransactionIsRefused() {
        assertThatThrownBy(() -> orgMapper.findTeam("x")).hasStackTraceContaining("No current connection");
    }

    @Test
    void databaseInfoNamesTheBackendWithoutCredentials() {
        DatabaseInfo info = databaseInfo.current();

        assertThat(info.product()).isEqualTo(expectedProduct());
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(info.location()).isEqualTo(expectedLocation());
        assertThat(info.describe()).startsWith(expectedProduct() + " ").endsWith(" " + expectedLocation())
                .doesNotContain("password").doesNotContain(";").doesNotContain("?");
    }

    private static Customer customer(String id) {
        return new Customer(id, "张三科技", null, null, null, null, 0, false);
    }
}

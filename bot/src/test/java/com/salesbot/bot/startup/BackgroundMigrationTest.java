package com.salesbot.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The schema is migrated on its own thread while the context starts; whoever asks for a connection meanwhile waits
 * for the finished schema, and a failed migration fails every connection and the start, naming the database.
 */
@Timeout(120)
class BackgroundMigrationTest {
    private final ExecutorService caller = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        HeldMigration.release.countDown();
        caller.shutdownNow();
    }

    @Test
    void theContextStartsDuringTheMigrationAndAConnectionWaitsForTheFinishedSchema() throws Exception {
        HeldMigration.reset(false);
        try (ApplicationContext context = ApplicationContext.run(properties("bgmigration0"), "test")) {
            // the context is up while the migration is held before its first script
            assertThat(HeldMigration.started.await(60, TimeUnit.SECONDS)).isTrue();
            // the gate sits right below the contextual proxy: the transaction manager takes its connections from it
            DataSource dataSource = pool(context);
            assertThat(dataSource).isInstanceOf(BackgroundMigration.SchemaGate.class);

            AtomicReference<Thread> thread = new AtomicReference<>();
            Future<Integer> inboxRows = caller.submit(() -> {
                thread.set(Thread.currentThread());
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM inbox")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            // without the gate the query runs at once and fails (no inbox table yet); with it, the caller parks
            while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
                if (inboxRows.isDone()) {
                    fail("a connection was handed out before the schema was migrated: " + outcome(inboxRows));
                }
                Thread.onSpinWait();
            }
            HeldMigration.release.countDown();
            assertThat(inboxRows.get(60, TimeUnit.SECONDS)).isZero();
            context.getBean(BackgroundMigration.class).awaitMigrations();
        }
    }

    @Test
    void aFailedMigrationFailsConnectionsAndTheStartNamingTheDatabase() throws Exception {
        HeldMigration.reset(true);
        HeldMigration.release.countDown();
        try (ApplicationContext context = ApplicationContext.run(properties("bgmigration1"), "test")) {
            BackgroundMigration migration = context.getBean(BackgroundMigration.class);
            assertThatThrownBy(migration::awaitMigrations)
                    .satisfies(e -> assertThat(StartupFailure.describe(e))
                            .startsWith("datasources.default.url: the database cannot be used")
                            .contains("migration failed on purpose"));
            assertThatThrownBy(() -> pool(context).getConnection())
                    .isInstanceOf(SQLException.class)
                    .hasRootCauseMessage("migration failed on purpose");
        }
    }

    /** What the transaction manager takes connections from (the bean itself is a contextual proxy). */
    private static DataSource pool(ApplicationContext context) {
        return context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    }

    private static String outcome(Future<Integer> future) {
        try {
            return String.valueOf(future.get());
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Map<String, Object> properties(String database) {
        return Map.of("test.migration-hold", "true", "datasources.default.url", "jdbc:h2:mem:" + database
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1");
    }
}

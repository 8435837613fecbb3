package com.salesbot.bot.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.LoggerFactory;

/**
 * Migrates each database on its own thread while the rest of the application starts, instead of on the main thread
 * as micronaut-flyway does (setting up Flyway and validating the scripts took about a fifth of the main thread's
 * time to {@code /health} UP, on a fresh and on an already migrated database alike).
 *
 * <p>Nothing sees a half-migrated schema: the data source bean is handed out behind a gate whose
 * {@code getConnection} waits until the migration has finished (and fails with the migration's error if it did
 * not), so every store, worker, scheduled job and health check waits for the schema by itself. The application's
 * {@code main} also waits ({@link #awaitMigrations}) before it opens the HTTP port, so no callback is accepted
 * before the inbox exists and a failed migration still ends the start with one line naming the database.
 *
 * <p>The same {@code flyway.datasources.<name>.*} settings apply as with micronaut-flyway (enabled, locations,
 * clean-schema, any Flyway property), as do {@link FlywayConfigurationCustomizer} beans named after the data source.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
public class BackgroundMigration implements BeanCreatedEventListener<DataSource>, Ordered {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(BackgroundMigration.class);

    private final ApplicationContext context;
    private final DataSourceResolver resolver;
    private final List<CompletableFuture<Void>> migrations = new CopyOnWriteArrayList<>();

    public BackgroundMigration(ApplicationContext context, DataSourceResolver resolver) {
        this.context = context;
        this.resolver = resolver;
    }

    /** First among the data source listeners: the gate must sit right on the pool, below any delegating proxy. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanIdentifier().getName();
        Optional<FlywayConfigurationProperties> settings = context
                .findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name))
                .filter(FlywayConfigurationProperties::isEnabled);
        if (settings.isEmpty()) {
            return event.getBean();
        }
        DataSource pool = resolver.resolve(event.getBean());
        // resolved here, on the thread creating the bean: the migration thread never asks the bean context for
        // anything, so it cannot wait on a bean that is waiting for the schema
        List<FlywayConfigurationCustomizer> customizers = List.copyOf(
                context.getBeansOfType(FlywayConfigurationCustomizer.class, Qualifiers.byName(name)));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                migrate(settings.get(), customizers, pool);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "salesbot-migrate-" + name);
        thread.setDaemon(true);
        thread.start();
        migrations.add(done);
        return new SchemaGate(event.getBean(), done);
    }

    private static void migrate(FlywayConfigurationProperties settings, List<FlywayConfigurationCustomizer> customizers,
            DataSource pool) {
        FluentConfiguration configuration = settings.getFluentConfiguration()
                .cleanDisabled(!settings.isCleanSchema())
                .dataSource(pool)
                .configuration(settings.getProperties());
        customizers.forEach(c -> c.customizeFluentConfiguration(configuration));
        Flyway flyway = configuration.load();
        if (settings.isCleanSchema()) {
            LOG.info("Cleaning schema of database {}", settings.getNameQualifier());
            flyway.clean();
        }
        flyway.migrate();
        LOG.info("Schema of database {} is up to date", settings.getNameQualifier());
    }

    /**
     * Waits until every migration started so far has finished.
     *
     * @throws IllegalStateException with the migration's error as its cause if one failed
     */
    public void awaitMigrations() {
        for (CompletableFuture<Void> migration : migrations) {
            try {
                awaitSchema(migration);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e.getCause());
            }
        }
    }

    /** Waits for one migration; its failure (or an interrupt) as an SQLException, as a data source reports it. */
    private static void awaitSchema(CompletableFuture<Void> migration) throws SQLException {
        try {
            migration.get();
        } catch (ExecutionException e) {
            throw new SQLException("The database schema could not be migrated", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database schema", e);
        }
    }

    /** The data source as the application sees it: connections once the schema is migrated. */
    static final class SchemaGate implements DataSource {
        private final DataSource target;
        private final CompletableFuture<Void> migrated;

        SchemaGate(DataSource target, CompletableFuture<Void> migrated) {
            this.target = target;
            this.migrated = migrated;
        }

        @Override
        public Connection getConnection() throws SQLException {
            awaitSchema(migrated); // at once when the migration has finished
            return target.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            awaitSchema(migrated);
            return target.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || target.isWrapperFor(type);
        }
    }
}

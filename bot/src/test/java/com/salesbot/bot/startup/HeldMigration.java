package com.salesbot.bot.startup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Test only: holds the default database's migration before its first script until released, then maybe fails. */
@Singleton
@Named("default")
@Requires(property = "test.migration-hold", value = "true")
class HeldMigration implements FlywayConfigurationCustomizer {
    static volatile CountDownLatch started = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);
    static volatile boolean fail;

    static void reset(boolean failAfterRelease) {
        started = new CountDownLatch(1);
        release = new CountDownLatch(1);
        fail = failAfterRelease;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.callbacks(new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                started.countDown();
                try {
                    if (!release.await(60, TimeUnit.SECONDS)) {
                        throw new FlywayException("the test never released the migration");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FlywayException("interrupted");
                }
                if (fail) {
                    throw new FlywayException("migration failed on purpose");
                }
            }

            @Override
            public String getCallbackName() {
                return "test-hold";
            }
        });
    }
}

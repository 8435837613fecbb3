package com.salesbot.bot;

import com.salesbot.bot.startup.SettingsCheck;
import com.salesbot.bot.startup.StartupFailure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;

/**
 * Entry point. Starts the Micronaut context and HTTP server; a configuration mistake ends the process with one
 * line naming the property instead of a stack trace (set SALESBOT_STARTUP_TRACE=1 to see the trace).
 */
public final class Application {
    /** Set by the build to start once, load every start-up class, and exit (see bot/pom.xml, class-data archive). */
    static final String CDS_TRAINING = "salesbot.cds-training";

    private Application() {
    }

    public static void main(String[] args) {
        try {
            ApplicationContext context = ApplicationContext.builder(Application.class)
                    .args(args)
                    .banner(false)
                    .build();
            SettingsCheck.verify(context.getEnvironment().start());
            context.start();
            context.findBean(EmbeddedApplication.class).ifPresent(app -> {
                if (!app.isRunning()) {
                    app.start();
                }
            });
            if (Boolean.getBoolean(CDS_TRAINING)) {
                // Build step: the classes of a full start-up are now loaded; exiting writes the class-data archive.
                context.close();
                System.exit(0);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (context.isRunning()) {
                    context.close();
                }
            }, "salesbot-shutdown"));
        } catch (Throwable e) {
            System.err.println("salesbot cannot start: " + StartupFailure.describe(e));
            if (System.getenv("SALESBOT_STARTUP_TRACE") != null) {
                e.printStackTrace();
            }
            System.exit(1);
        }
    }
}

package com.salesbot.bot;

import com.salesbot.bot.startup.BackgroundMigration;
import com.salesbot.bot.startup.SettingsCheck;
import com.salesbot.bot.startup.SingleJarStartup;
import com.salesbot.bot.startup.StartupFailure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.DefaultApplicationContextBuilder;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Entry point. Starts the Micronaut context and HTTP server; a configuration mistake ends the process with one
 * line naming the property instead of a stack trace (set SALESBOT_STARTUP_TRACE=1 to see the trace).
 */
public final class Application {
    /** Set by the build to start once, load every start-up class, and exit (see bot/pom.xml, class-data archive). */
    static final String CDS_TRAINING = "salesbot.cds-training";

    private Application() {
    }

    private static void requestHealth(EmbeddedServer server) {
        try {
            HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/health"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException | RuntimeException e) {
            // a smaller archive only: the real start-up loads the rest from the jar
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        try {
            ApplicationContextBuilder builder;
            Optional<Path> jar = SingleJarStartup.singleJar(Application.class);
            if (jar.isPresent() && SingleJarStartup.registerServices(jar.get(), Application.class.getClassLoader())) {
                // java -jar salesbot.jar: Micronaut would open the 62,000-entry jar as a zip file system (twice)
                builder = new DefaultApplicationContextBuilder() {
                    @Override
                    public ClassPathResourceLoader getResourceLoader() {
                        return SingleJarStartup.resourceLoader(getClassLoader());
                    }
                };
            } else {
                builder = ApplicationContext.builder();
            }
            ApplicationContext context = builder.mainClass(Application.class)
                    .args(args)
                    .banner(false)
                    .build();
            SettingsCheck.verify(context.getEnvironment().start());
            context.start();
            // the schema is migrated on its own thread meanwhile; the port opens once it is ready (or the start
            // ends with the database's error)
            context.findBean(BackgroundMigration.class).ifPresent(BackgroundMigration::awaitMigrations);
            context.findBean(EmbeddedApplication.class).ifPresent(app -> {
                if (!app.isRunning()) {
                    app.start();
                }
            });
            if (Boolean.getBoolean(CDS_TRAINING)) {
                // Build step: the classes of a full start-up are now loaded; one /health request adds those of the
                // request path (Netty pipeline, routing, health, JSON), which the first /health after a real start
                // would otherwise load from the jar; exiting writes the class-data archive.
                context.findBean(EmbeddedServer.class).ifPresent(Application::requestHealth);
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

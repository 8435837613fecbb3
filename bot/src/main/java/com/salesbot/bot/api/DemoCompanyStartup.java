package com.salesbot.bot.api;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.demo.DemoCompanyGenerator;
import com.salesbot.core.demo.DemoLoader;
import com.salesbot.core.feature.targets.TargetsDemo;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import com.salesbot.core.demo.DealDemo;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo company at start-up into an empty organisation when {@code salesbot.demo.enabled} is true;
 * by default it is true only on the embedded default (no {@code wecom.corp-id}, no {@code dingtalk.app-key}).
 * The seed ({@code salesbot.demo.seed}) fixes names and numbers; touches are dated back from today. Under the
 * {@code test} environment it stays off unless set explicitly, so test suites sharing a database get no surprise
 * people.
 * <p>
 * Outside tests the load runs on a background thread once the server answers ({@code salesbot.demo.background},
 * default true except under {@code test}): it was the longest step of a fresh start, and the bot answers while it
 * runs. {@link #state()} says where it is; /health reports it under "demo" (com.salesbot.bot.health).
 */
@Singleton
public class DemoCompanyStartup implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCompanyStartup.class);

    private final BeanProvider<DemoLoader> loader;
    private final DemoCompanyGenerator generator;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean enabled;
    private final long seed;
    private final BeanProvider<DealDemo> deals;
    private final BeanProvider<TargetsDemo> targetsDemo;
    private final boolean background;
    private final AtomicReference<String> state;
    private final AtomicBoolean backgroundStarted = new AtomicBoolean();

    public DemoCompanyStartup(BeanProvider<DemoLoader> loader, BusinessConfig config, Clock clock, ZoneId zone, Environment env,
                              @Nullable @Value("${salesbot.demo.enabled:}") String enabled,
                              @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                              @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey,
                               @Value("${salesbot.demo.seed:20260101}") long seed, BeanProvider<DealDemo> deals,
                               BeanProvider<TargetsDemo> targetsDemo,
                              @Nullable @Value("${salesbot.demo.background:}") String background) {
        this.loader = loader;
        this.targetsDemo = targetsDemo;
        this.generator = new DemoCompanyGenerator(config, zone);
        this.clock = clock;
        this.zone = zone;
        this.enabled = EmbeddedDefault.decide(enabled, wecomCorpId, dingtalkAppKey)
                && (enabled != null && !enabled.isBlank() || !env.getActiveNames().contains(Environment.TEST));
        this.seed = seed;
        this.deals = deals;
        this.background = background == null || background.isBlank()
                ? !env.getActiveNames().contains(Environment.TEST) : Boolean.parseBoolean(background.trim());
        this.state = new AtomicReference<>(this.enabled ? "pending" : "off");
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (!background) {
            load();
            return;
        }
        // The thread starts once the server answers (onServerStartup): on two cores a load running during the
        // bean context's start-up delays /health by the CPU it takes; its stores are resolved on that thread too.
        state.set("loading");
    }

    @EventListener
    void onServerStartup(ServerStartupEvent event) {
        if (!enabled || !background || !backgroundStarted.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                state.set("failed");
                LOG.error("Demo company could not be loaded", e);
            }
        }, "salesbot-demo-load");
        t.setDaemon(true);
        t.start();
    }

    /** off, pending, loading, loaded, skipped (organisation not empty) or failed. */
    public String state() {
        return state.get();
    }

    /** @return true when the demo company was written now */
    public boolean load() {
        state.set("loading");
        boolean loaded = loader.get().loadIfEmpty(generator.generate(seed, LocalDate.now(clock.withZone(zone))));
        if (loaded) {
            deals.get().loadIfEmpty(LocalDate.now(clock.withZone(zone)));
            if (targetsDemo.isPresent()) {
                targetsDemo.get().load(clock.millis());
            }
        }
        state.set(loaded ? "loaded" : "skipped");
        LOG.info(loaded ? "Demo company loaded (seed {})" : "Demo company skipped: the organisation is not empty",
                seed);
        return loaded;
    }

    public boolean enabled() {
        return enabled;
    }
}

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
import com.salesbot.core.demo.DealDemo;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo company at start-up into an empty organisation when {@code salesbot.demo.enabled} is true;
 * by default it is true only on the embedded default (no {@code wecom.corp-id}, no {@code dingtalk.app-key}).
 * The seed ({@code salesbot.demo.seed}) fixes names and numbers; touches are dated back from today. Under the
 * {@code test} environment it stays off unless set explicitly, so test suites sharing a database get no surprise
 * people.
 */
@Singleton
public class DemoCompanyStartup implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCompanyStartup.class);

    private final DemoLoader loader;
    private final DemoCompanyGenerator generator;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean enabled;
    private final long seed;
    private final DealDemo deals;
    private final BeanProvider<TargetsDemo> targetsDemo;

    public DemoCompanyStartup(DemoLoader loader, BusinessConfig config, Clock clock, ZoneId zone, Environment env,
                              @Nullable @Value("${salesbot.demo.enabled:}") String enabled,
                              @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                              @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey,
                               @Value("${salesbot.demo.seed:20260101}") long seed, DealDemo deals,
                               BeanProvider<TargetsDemo> targetsDemo) {
        this.loader = loader;
        this.targetsDemo = targetsDemo;
        this.generator = new DemoCompanyGenerator(config, zone);
        this.clock = clock;
        this.zone = zone;
        this.enabled = EmbeddedDefault.decide(enabled, wecomCorpId, dingtalkAppKey)
                && (enabled != null && !enabled.isBlank() || !env.getActiveNames().contains(Environment.TEST));
        this.seed = seed;
        this.deals = deals;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** @return true when the demo company was written now */
    public boolean load() {
        boolean loaded = loader.loadIfEmpty(generator.generate(seed, LocalDate.now(clock.withZone(zone))));
        if (loaded) {
            deals.loadIfEmpty(LocalDate.now(clock.withZone(zone)));
            if (targetsDemo.isPresent()) {
                targetsDemo.get().load(clock.millis());
            }
        }
        LOG.info(loaded ? "Demo company loaded (seed {})" : "Demo company skipped: the organisation is not empty",
                seed);
        return loaded;
    }

    public boolean enabled() {
        return enabled;
    }
}

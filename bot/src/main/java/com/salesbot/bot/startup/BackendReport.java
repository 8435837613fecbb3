package com.salesbot.bot.startup;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs in one line which backends were chosen once the server listens. */
@Singleton
public class BackendReport {
    private static final Logger LOG = LoggerFactory.getLogger(BackendReport.class);
    private final Backends backends;

    public BackendReport(Backends backends) {
        this.backends = backends;
    }

    @EventListener
    public void onStartup(ServerStartupEvent event) {
        String line = backends.summary().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        LOG.info("salesbot ready on port {}: {}", event.getSource().getPort(), line);
    }
}

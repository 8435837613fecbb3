package com.salesbot.bot.archive;

import com.salesbot.adapters.wecom.archive.ArchiveLibrary;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once at start-up whether conversation-archive pulling runs: WARN when wecom.msgaudit.lib-path is set but
 * the library is unusable, INFO when WeCom is configured without the archive, nothing on the embedded default.
 */
@Singleton
public class ArchiveStatusLog {
    static final String OFF = "WeCom conversation archive pulling is off: ";
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveStatusLog.class);

    private final String corpId;
    private final String libPath;
    private final String interval;

    public ArchiveStatusLog(@Nullable @Value("${wecom.corp-id:}") String corpId,
                            @Nullable @Value("${" + ArchiveLibraryUsable.LIB_PATH + ":}") String libPath,
                            @Value("${wecom.msgaudit.interval:1m}") String interval) {
        this.corpId = corpId;
        this.libPath = libPath;
        this.interval = interval;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        report();
    }

    /** What was logged, for tests: empty when nothing was. */
    Optional<String> report() {
        if (libPath == null || libPath.isBlank()) {
            if (corpId == null || corpId.isBlank()) {
                return Optional.empty();
            }
            String line = OFF + "not configured (set wecom.msgaudit.lib-path, secret and private-key to enable it)";
            LOG.info(line);
            return Optional.of(line);
        }
        Optional<String> problem = ArchiveLibrary.problem(libPath);
        if (problem.isPresent()) {
            String line = OFF + problem.get();
            LOG.warn(line);
            return Optional.of(line);
        }
        String line = "WeCom conversation archive pulling is on, every " + interval;
        LOG.info(line);
        return Optional.of(line);
    }
}

package com.salesbot.bot.archive;

import com.salesbot.adapters.wecom.archive.ArchiveLibrary;
import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/**
 * True when wecom.msgaudit.lib-path names a native library file that exists on a supported platform. Says
 * nothing itself: {@link ArchiveStatusLog} reports the outcome once at start-up.
 */
public final class ArchiveLibraryUsable implements Condition {
    static final String LIB_PATH = "wecom.msgaudit.lib-path";

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty(LIB_PATH, String.class)
                .map(path -> ArchiveLibrary.problem(path).isEmpty())
                .orElse(false);
    }
}

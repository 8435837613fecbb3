package com.salesbot.adapters.nlp;

import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends HanLP's classifier progress lines (printed to stdout by default) to SLF4J at debug level. */
final class QuietHanlpLogger implements ILogger {
    private static final Logger LOG = LoggerFactory.getLogger("com.hankcs.hanlp");

    static void install() {
        if (!(ConsoleLogger.logger instanceof QuietHanlpLogger)) {
            ConsoleLogger.logger = new QuietHanlpLogger();
        }
    }

    @Override
    public void out(String format, Object... args) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(format, args).strip());
        }
    }

    @Override
    public void err(String format, Object... args) {
        LOG.warn(String.format(format, args).strip());
    }

    @Override
    public void start(String format, Object... args) {
        out(format, args);
    }

    @Override
    public void finish(String format, Object... args) {
        out(format, args);
    }
}

package com.salesbot.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void consoleAtInfoWithThePlatformSdksKeptQuiet() {
        LoggerContext context = new LoggerContext();
        LogSetup setup = new LogSetup();
        setup.setContext(context);

        assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("STDOUT")).isInstanceOf(ConsoleAppender.class).matches(a -> a.isStarted());
        // WxJava logs URLs with access_token at WARN, Apache HttpClient logs corpsecret at DEBUG
        assertThat(context.getLogger("me.chanjar.weixin.cp.api.impl.BaseWxCpServiceImpl").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.apache.http.wire").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("topsdk").getEffectiveLevel()).isEqualTo(Level.OFF);
        assertThat(context.getLogger("com.salesbot.bot").isInfoEnabled()).isTrue();
    }

    @Test
    void aConfigurationFileGivenOnTheCommandLineWins() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "custom-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            LogSetup setup = new LogSetup();
            setup.setContext(context);

            assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}

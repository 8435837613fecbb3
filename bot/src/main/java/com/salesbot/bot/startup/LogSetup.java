package com.salesbot.bot.startup;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The logging configuration, in code rather than a {@code logback.xml}: logback's XML configuration (resource search
 * through the jar, SAX parsing, model processing) was about a tenth of the main thread's time to {@code /health} UP.
 * Registered in {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}. Starting the JVM with
 * {@code -Dlogback.configurationFile=...} still uses that file instead; levels can also be set per logger with
 * Micronaut's {@code logger.levels.*} settings (e.g. {@code LOGGER_LEVELS_COM_SALESBOT=DEBUG}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /**
     * Platform SDKs print URLs with access tokens at debug level (WxJava: also at WARN on API errors) and secrets on
     * API errors: keep them quiet. See adapters/wecom/README.md and docs/platforms.md.
     */
    static final Map<String, Level> LEVELS = Map.of(
            "me.chanjar.weixin", Level.ERROR,
            "org.apache.http", Level.INFO,
            "topsdk", Level.OFF,
            "com.aliyun", Level.WARN,
            "com.dingtalk.open.app", Level.WARN,
            "shade.io.netty", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN,
            "io.micronaut.context.DefaultBeanContext", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}

package com.salesbot.bot.startup;

import io.lettuce.core.RedisURI;
import io.micronaut.core.value.PropertyResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Checks the settings that would otherwise fail later with an obscure error, at start-up, before anything
 * connects. Each failure names its property.
 */
public final class SettingsCheck {
    private SettingsCheck() {
    }

    /** Runs every check against the resolved configuration; throws on the first bad setting. */
    public static void verify(PropertyResolver settings) {
        checkZone(settings.get("salesbot.zone", String.class, "Asia/Shanghai"));
        checkConfigDir(settings.get("salesbot.config-dir", String.class, "./config"));
        checkRedisUri(settings.get("redis.uri", String.class, ""));
        checkDatabaseUrl(settings.get("datasources.default.url", String.class, ""));
    }

    static void checkZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidSettingException("salesbot.zone", "unknown time zone \"" + zone + "\"");
        }
    }

    static void checkConfigDir(String configDir) {
        Path dir = Path.of(configDir);
        if (!Files.isDirectory(dir)) {
            throw new InvalidSettingException("salesbot.config-dir",
                    "folder " + dir.toAbsolutePath().normalize() + " does not exist");
        }
        if (!Files.isReadable(dir)) {
            throw new InvalidSettingException("salesbot.config-dir",
                    "folder " + dir.toAbsolutePath().normalize() + " is not readable");
        }
    }

    static void checkRedisUri(String redisUri) {
        if (redisUri == null || redisUri.isBlank()) {
            return;
        }
        try {
            RedisURI.create(redisUri);
        } catch (RuntimeException e) {
            throw new InvalidSettingException("redis.uri",
                    "not a valid Redis URI (expected redis://host:port), got \"" + Secrets.redact(redisUri) + "\"");
        }
    }

    static void checkDatabaseUrl(String url) {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new InvalidSettingException("datasources.default.url",
                    "expected a JDBC URL such as jdbc:mysql://host:3306/salesbot, got \"" + Secrets.redact(url) + "\"");
        }
    }
}

package com.salesbot.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.BeanInstantiationException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChecksTest {
    @Test
    void malformedRedisUriNamesTheProperty() {
        assertThatThrownBy(() -> SettingsCheck.checkRedisUri("redis//nohost:xx"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("redis.uri: ");
    }

    @Test
    void wellFormedRedisUriAndEmptyOnePass() {
        assertThatCode(() -> SettingsCheck.checkRedisUri("redis://127.0.0.1:6379")).doesNotThrowAnyException();
        assertThatCode(() -> SettingsCheck.checkRedisUri("rediss://:pw@cache.internal:6380/2")).doesNotThrowAnyException();
        assertThatCode(() -> SettingsCheck.checkRedisUri("")).doesNotThrowAnyException();
        assertThatCode(() -> SettingsCheck.checkRedisUri(null)).doesNotThrowAnyException();
        // the other side of the check: one character off and it is refused
        assertThatThrownBy(() -> SettingsCheck.checkRedisUri("redis:/127.0.0.1:6379"))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void missingConfigDirNamesTheProperty(@TempDir Path tmp) {
        assertThatThrownBy(() -> SettingsCheck.checkConfigDir(tmp.resolve("nope").toString()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("salesbot.config-dir")
                .hasMessageContaining("does not exist");
        assertThatCode(() -> SettingsCheck.checkConfigDir(tmp.toString())).doesNotThrowAnyException();
    }

    @Test
    void unknownZoneAndNonJdbcUrlAreRefused() {
        assertThatThrownBy(() -> SettingsCheck.checkZone("Mars/Olympus"))
                .hasMessageStartingWith("salesbot.zone: ");
        assertThatThrownBy(() -> SettingsCheck.checkDatabaseUrl("mysql://x"))
                .hasMessageStartingWith("datasources.default.url: ");
    }

    @Test
    void failureDescriptionFindsTheSettingInsideWrappers() {
        Throwable wrapped = new BeanInstantiationException("bean failed",
                new RuntimeException(new InvalidSettingException("redis.uri", "bad")));
        assertThat(StartupFailure.describe(wrapped)).isEqualTo("redis.uri: bad");
    }

    @Test
    void databaseFailureNamesTheUrlPropertyWithoutSecrets() {
        Throwable e = new RuntimeException("pool",
                new SQLException("Access denied for jdbc:mysql://u:hunter2@db:3306/x?password=hunter2"));
        String text = StartupFailure.describe(e);
        assertThat(text).startsWith("datasources.default.url: ").doesNotContain("hunter2");
    }

    @Test
    void otherFailuresGiveTheRootMessageOnly() {
        Throwable e = new RuntimeException("outer", new ConnectException("Connection refused\n\tat x.y"));
        assertThat(StartupFailure.describe(e)).contains("Connection refused").doesNotContain("at x.y");
    }

    @Test
    void databaseDescriptionsHideCredentials() {
        assertThat(Backends.describeDatabase("jdbc:h2:file:./data/salesbot;MODE=MySQL"))
                .isEqualTo("H2 file ./data/salesbot");
        assertThat(Backends.describeDatabase("jdbc:mysql://127.0.0.1:3306/test?user=root&password=x"))
                .isEqualTo("MySQL 127.0.0.1:3306/test");
    }

    @Test
    void secretsAreRedacted() {
        assertThat(Secrets.redact("redis://:s3cret@host:6379")).doesNotContain("s3cret");
        assertThat(Secrets.redact("https://qyapi/x?access_token=abc&corpsecret=def")).doesNotContain("abc")
                .doesNotContain("def");
    }
}

package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.mysql.DatabaseInfoService;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's default set-up: only datasources.default.* and Flyway enabled, an H2 file that survives restarts. */
class H2FileRestartTest {
    @TempDir
    Path dataDir;

    private ApplicationContext start() {
        String url = "jdbc:h2:file:" + dataDir.resolve("salesbot") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND";
        return ApplicationContext.builder().deduceEnvironment(false).properties(Map.of(
                "datasources.default.url", url,
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "flyway.datasources.default.enabled", true,
                "flyway.datasources.default.clean-schema", false)).start();
    }

    @Test
    void dataSurvivesARestartAndMigrationsAreNotReapplied() {
        try (ApplicationContext first = start()) {
            first.getBean(OrgStore.class).saveTeam(new Team("t1", "华南组"));
            assertThat(first.getBean(DatabaseInfoService.class).current().describe())
                    .startsWith("H2 ").endsWith("file:" + dataDir.resolve("salesbot"));
        }
        try (ApplicationContext second = start()) {
            assertThat(second.getBean(OrgStore.class).findTeam("t1")).contains(new Team("t1", "华南组"));
        }
    }
}

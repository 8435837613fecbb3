package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.demo.DemoCompanyGenerator;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo company on its own database: loaded at start-up when enabled, never twice. */
@MicronautTest(transactional = false)
@Property(name = "salesbot.demo.enabled", value = "true")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:demostartup;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1")
class DemoCompanyStartupTest {
    @Inject
    OrgStore org;
    @Inject
    DemoCompanyStartup startup;

    @Test
    void startUpLoadedTheDemoCompanyAndASecondLoadDoesNothing() {
        assertThat(startup.enabled()).isTrue();
        assertThat(org.teams()).hasSize(DemoCompanyGenerator.TEAMS);
        Rep quiet = org.findRep(DemoCompanyGenerator.LOW_ACTIVITY_REP).orElseThrow();
        assertThat(org.findRepByWecomUserId(quiet.wecomUserId())).contains(quiet);
        assertThat(org.findRepByDingtalkStaffId(quiet.dingtalkStaffId())).contains(quiet);
        int people = org.reps().size();
        assertThat(startup.load()).isFalse();
        assertThat(org.reps()).hasSize(people);
    }
}

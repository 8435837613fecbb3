package com.salesbot.bot.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (no WeCom, no DingTalk): /workbench is the demo person picker, signing in is choosing a
 * person, and the page marks the session as 演示. The DingTalk sign-in page does not exist here.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:workbenchdemo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;"
        + "DB_CLOSE_DELAY=-1")
@Property(name = "salesbot.demo.enabled", value = "false")
class WorkbenchDemoSignInTest {
    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;

    @Test
    void demoPickerSignsInAndMarksTheSessionAsDemo() {
        WorkbenchTestOrg.seed(org);
        WorkbenchClient browser = new WorkbenchClient(server.getURI());
        WorkbenchClient.Answer picker = browser.get("/workbench");
        assertThat(picker.status()).isEqualTo(200);
        assertThat(picker.body()).contains("演示").contains("demo-person");
        assertThat(browser.get("/workbench/demo/people").body()).contains("\"id\":\"wb-m1\"").contains("王五");
        assertThat(browser.get("/workbench/dingtalk").status()).isEqualTo(404);

        assertThat(browser.post("/workbench/signin/demo", "{\"repId\":\"nobody\"}").status()).isEqualTo(400);
        assertThat(browser.post("/workbench/signin/demo", "{\"repId\":\"wb-m1\"}",
                java.util.Map.of("Origin", "https://evil.example")).status()).isEqualTo(403);
        WorkbenchClient.Answer signedIn = browser.post("/workbench/signin/demo", "{\"repId\":\"wb-m1\"}");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.header("Set-Cookie")).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(browser.get("/workbench/api/me").body()).contains("\"demo\":true").contains("\"teamArea\":true");
        assertThat(browser.get("/workbench/api/team?teamId=wb-t1").status()).isEqualTo(200);
        assertThat(browser.get("/workbench").body()).contains("id=\"tabs\"");
    }
}

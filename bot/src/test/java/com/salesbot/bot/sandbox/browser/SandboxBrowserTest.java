package com.salesbot.bot.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.bot.sandbox.SandboxFixture;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real headless Chromium drives the sandbox page against the running bot: ask for 目标 and get the card, end a
 * call, tap a result tag and see the card change. Needs the Debian packages chromium and chromium-driver; skipped
 * only when they are missing outside CI (CI=true makes their absence a failure).
 */
@MicronautTest(transactional = false)
class SandboxBrowserTest {
    static final Path SCREENSHOT = Path.of("target", "sandbox-screenshot.png");
    static final Path SCREENSHOT_WECOM = Path.of("target", "sandbox-screenshot-wecom.png");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TargetStore targets;
    @Inject
    TouchStore touches;

    @BeforeAll
    static void requireChromium() {
        if (!WebDriver.installed()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + WebDriver.CHROMIUM + " or " + WebDriver.CHROMEDRIVER
                        + " is missing: install the Debian packages chromium and chromium-driver");
            }
            Assumptions.abort("skipped: " + WebDriver.CHROMIUM + " or " + WebDriver.CHROMEDRIVER + " not installed "
                    + "(apt-get install chromium chromium-driver); CI=true makes this a failure");
        }
    }

    @Test
    void targetCardThenCallEndedThenOneTapUpdatesTheCard() throws Exception {
        SandboxFixture.seed(org, customers, targets);
        try (WebDriver browser = new WebDriver(480, 1400)) {
            try {
                browser.open(server.getURL() + "/sandbox");
                WebDriver.await("the people list", WAIT,
                        () -> !browser.findAll("#person option[value='" + SandboxFixture.REP + "']").isEmpty());
                browser.click(browser.findAll("#person option[value='" + SandboxFixture.REP + "']").get(0));
                WebDriver.await("the customer list of 李明", WAIT,
                        () -> !browser.findAll("#call-customer option[value='" + SandboxFixture.CUSTOMER + "']")
                                .isEmpty());

                String input = browser.findAll("#text").get(0);
                browser.type(input, "目标");
                browser.click(browser.findAll("#send").get(0));
                WebDriver.await("my message and the target card", WAIT,
                        () -> texts(browser, ".msg.me .bubble").contains("目标")
                                && texts(browser, ".msg.bot .card .head").stream()
                                .anyMatch(t -> t.contains("李明") && t.contains("目标健康度")));

                browser.click(browser.findAll(".tools summary").get(0));
                browser.click(browser.findAll("#call-customer option[value='" + SandboxFixture.CUSTOMER + "']").get(0));
                browser.click(browser.findAll("#call-ended").get(0));
                WebDriver.await("the 30-second result card", WAIT,
                        () -> !browser.findAll(".msg.bot .card .btn[data-key='tag:demo_booked']").isEmpty());
                assertThat(texts(browser, ".msg.bot .card .head")).anyMatch(t -> t.startsWith("30秒打卡"));
                assertThat(texts(browser, ".msg.bot .card .line")).anyMatch(
                        t -> t.contains(SandboxFixture.CUSTOMER_NAME));

                List<String> prompts = browser.findAll(".msg.bot .card[data-prompt-id^='r-']");
                String promptId = browser.attribute(prompts.get(prompts.size() - 1), "data-prompt-id");
                long touchId = Long.parseLong(promptId.substring(2));
                assertThat(touches.find(touchId).orElseThrow().tagged()).isFalse();
                String entry = browser.script("return document.querySelector(\".card[data-prompt-id='" + promptId
                        + "']\").closest('.msg').dataset.id;");
                browser.click(browser.findAll(".card[data-prompt-id='" + promptId
                        + "'] .btn[data-key='tag:demo_booked']").get(0));
                WebDriver.await("the result card replaced in place by the recorded tag", WAIT, () -> {
                    List<String> heads = browser.findAll(".msg[data-id='" + entry + "'] .card .head");
                    return heads.size() == 1 && browser.text(heads.get(0)).startsWith("已记录：已预约演示")
                            && browser.text(heads.get(0)).contains("已更新");
                });
                assertThat(browser.findAll(".msg.bot .card[data-prompt-id='" + promptId + "']")).hasSize(1);
                assertThat(browser.findAll(".msg.bot .card .btn[data-key^='tag:']:not([disabled])")).isEmpty();
                browser.screenshot(SCREENSHOT);

                Touch touch = touches.find(touchId).orElseThrow();
                assertThat(touch.source()).isEqualTo("sandbox");
                assertThat(touch.resultTag()).isEqualTo("demo_booked");

                browser.click(browser.findAll("input[name=preview][value=wecom]").get(0));
                WebDriver.await("the WeCom JSON previews", WAIT,
                        () -> texts(browser, "pre.preview").stream().anyMatch(t -> t.startsWith("企业微信收到的 JSON")
                                && t.contains("\"touser\": \"" + SandboxFixture.REP + "\"")
                                && t.contains("\"msgtype\": \"markdown\"")));
                browser.screenshot(SCREENSHOT_WECOM);
            } catch (AssertionError | Exception e) {
                browser.screenshot(Path.of("target", "sandbox-screenshot-failure.png"));
                throw e;
            }
        }
    }

    @Test
    void aSimulatedCustomerChatShowsItsOnlineTouchResultCard() throws Exception {
        SandboxFixture.seed(org, customers, targets);
        try (WebDriver browser = new WebDriver(480, 1400)) {
            try {
                browser.open(server.getURL() + "/sandbox");
                // the manager (the other test acts as the rep, whose conversation view it checks)
                WebDriver.await("the people list", WAIT,
                        () -> !browser.findAll("#person option[value='" + SandboxFixture.MANAGER + "']").isEmpty());
                browser.click(browser.findAll("#person option[value='" + SandboxFixture.MANAGER + "']").get(0));
                WebDriver.await("the customer list of 王经理", WAIT,
                        () -> !browser.findAll("#call-customer option[value='" + SandboxFixture.CUSTOMER + "']")
                                .isEmpty());
                browser.click(browser.findAll(".tools summary").get(0));
                browser.click(browser.findAll("#call-customer option[value='" + SandboxFixture.CUSTOMER + "']").get(0));
                browser.click(browser.findAll("#chat-simulate").get(0));
                WebDriver.await("the online-touch result card", WAIT, () -> texts(browser, ".msg.bot .card .line")
                        .stream().anyMatch(t -> t.contains("在线沟通")));
                assertThat(texts(browser, "#status")).anyMatch(t -> t.contains("记为 1 次在线沟通触达"));
                List<String> prompts = browser.findAll(".msg.bot .card[data-prompt-id^='r-']");
                String promptId = browser.attribute(prompts.get(prompts.size() - 1), "data-prompt-id");
                Touch touch = touches.find(Long.parseLong(promptId.substring(2))).orElseThrow();
                assertThat(touch.kind()).isEqualTo(com.salesbot.core.model.TouchKind.CHAT);
                assertThat(touch.customerId()).isEqualTo(SandboxFixture.CUSTOMER);
                assertThat(touch.repId()).isEqualTo(SandboxFixture.MANAGER);
                browser.screenshot(Path.of("target", "sandbox-screenshot-chat.png"));
                browser.click(browser.findAll(".card[data-prompt-id='" + promptId
                        + "'] .btn[data-key='tag:demo_booked']").get(0));
                WebDriver.await("the tag is recorded", WAIT,
                        () -> touches.find(touch.id()).orElseThrow().tagged());
            } catch (AssertionError | Exception e) {
                browser.screenshot(Path.of("target", "sandbox-screenshot-chat-failure.png"));
                throw e;
            }
        }
    }

    private static List<String> texts(WebDriver browser, String css) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String id : browser.findAll(css)) {
            out.add(browser.text(id));
        }
        return out;
    }
}

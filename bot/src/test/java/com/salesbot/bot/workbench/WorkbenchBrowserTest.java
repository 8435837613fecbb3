package com.salesbot.bot.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Selenium, the system chromium and chromedriver) against the running bot on MariaDB and
 * the local WeCom and DingTalk fakes: a manager signs in through the WeCom OAuth2 redirects, opens 团队, sees the
 * heatmap and sorts the target table; a rep is refused another team's data (403); a manager signs in through the
 * DingTalk 免登 flow. Screenshots at phone and desktop widths go to target/workbench-screenshots (or
 * the directory in -Dworkbench.screenshots, e.g. ../docs/img). Skipped only when the browser is
 * missing outside CI (CI=true or CI=1 make that a failure; .ci/run installs chromium and chromium-driver).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserTest implements TestPropertyProvider {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** target/ by default; {@code -Dworkbench.screenshots=../docs/img} refreshes the pictures in the docs. */
    static final Path SHOTS = Path.of(System.getProperty("workbench.screenshots", "target/workbench-screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FakeWecomServer wecom = startWecom();
    private final FakeDingtalkServer dingtalk = startDingtalk();

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TargetStore targets;
    @Inject
    PaymentStore payments;
    @Inject
    OpportunityStore opportunities;
    @Inject
    TouchStore touches;
    @Inject
    LeadStore leads;
    @Inject
    BusinessCalendar calendar;
    @Inject
    com.salesbot.core.deal.DealDesk desk;
    @Inject
    com.salesbot.core.feature.targets.TargetSandboxService sandbox;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(WorkbenchTestOrg.mariaDb("wb-browser"));
        p.putAll(WorkbenchTestOrg.wecom(wecom));
        p.putAll(Map.of("dingtalk.app-key", "wbAppKey", "dingtalk.app-secret", "wb-dingtalk-secret-5Yq",
                "dingtalk.robot-code", "wbRobot", "dingtalk.mode", "http", "dingtalk.corp-id", "dingwbcorp",
                "dingtalk.api-base-url", dingtalk.baseUrl(), "dingtalk.oapi-base-url", dingtalk.baseUrl(),
                "salesbot.workbench.dingtalk-jsapi-url", dingtalk.baseUrl() + FakeDingtalkServer.JSAPI_PATH));
        return p;
    }

    @BeforeAll
    void requireChromiumAndSeed() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String ci = System.getenv("CI");
            if ("true".equalsIgnoreCase(ci) || "1".equals(ci)) {
                throw new AssertionError("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: "
                        + "install the Debian packages chromium and chromium-driver");
            }
            Assumptions.abort("skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " not installed "
                    + "(apt-get install chromium chromium-driver); CI=true makes this a failure");
        }
        WorkbenchTestOrg.seed(org);
        seedActivity();
    }

    @AfterAll
    void stopFakes() {
        wecom.close();
        dingtalk.close();
    }

    @Test
    void managerSignsInThroughWecomSeesTheHeatmapAndSortsTheTargetTable() throws Exception {
        wecom.signedInMember("wb_m1");
        try (Browser b = new Browser(390, 844)) {
            b.open(server.getURL() + "/workbench");
            b.waitFor("the app after the OAuth2 redirects", () -> b.text("#me-name").equals("王五"));
            assertThat(wecom.requests("/connect/oauth2/authorize")).isNotEmpty();
            assertThat(wecom.requests("/cgi-bin/auth/getuserinfo")).isNotEmpty();
            b.waitFor("今日 of the manager", () -> !b.all("#today-target").isEmpty());

            b.click("#tabs a[data-page='team']");
            b.waitFor("the team heatmap image, drawn", () -> b.imageLoaded("#team-heatmap"));
            assertThat(b.all("#team-targets tbody tr")).hasSize(3);
            b.shot("workbench-team-phone.png");

            // sort by completion: a number column sorts the best first, a second tap reverses it
            b.click("#team-targets th[data-key='completion']");
            List<String> down = b.column("#team-targets", 1);
            List<String> bestFirst = b.column("#team-targets", 0);
            b.click("#team-targets th[data-key='completion']");
            List<String> up = b.column("#team-targets", 1);
            assertThat(up).isSortedAccordingTo(Comparator.comparingDouble(Double::parseDouble));
            assertThat(down).isSortedAccordingTo(Comparator.comparingDouble(Double::parseDouble).reversed());
            assertThat(up).isNotEqualTo(down);
            assertThat(bestFirst).containsExactly("李四", "张三", "王五"); // 90%, 35%, 12.5%

            b.resize(1280, 800);
            b.open(server.getURL() + "/workbench#team");
            b.waitFor("the team heatmap at desktop width", () -> b.imageLoaded("#team-heatmap"));
            b.shot("workbench-team-desktop.png");
            b.open(server.getURL() + "/workbench#today");
            b.waitFor("今日 at desktop width", () -> !b.all("#today-target").isEmpty());
            b.waitImages();
            b.shot("workbench-today-desktop.png");
        }
    }

    @Test
    void repCannotOpenAnotherTeamsDataAndTagsAResultWithOneTap() throws Exception {
        wecom.signedInMember("wb_r1");
        try (Browser b = new Browser(390, 844)) {
            b.open(server.getURL() + "/workbench");
            b.waitFor("the rep's app", () -> b.text("#me-name").equals("张三"));
            assertThat(b.all("#tabs a[data-page='team']")).isEmpty();
            b.waitFor("the untagged touches", () -> !b.all("#today-untagged button[data-tag]").isEmpty());
            b.waitImages();
            b.shot("workbench-today-phone.png");

            Object status = b.js.executeAsyncScript("var done = arguments[0];"
                    + "fetch('/workbench/api/team?teamId=wb-t2', {credentials: 'same-origin'})"
                    + ".then(function (r) { done(r.status); });");
            assertThat(((Number) status).intValue()).isEqualTo(403);
            b.open(server.getURL() + "/workbench/api/today?repId=wb-r2");
            assertThat(b.driver.getPageSource()).contains("只能查看");

            b.open(server.getURL() + "/workbench#today");
            b.waitFor("the untagged touches again", () -> !b.all("#today-untagged button[data-tag]").isEmpty());
            int before = b.all("#today-untagged .touch").size();
            b.click("#today-untagged .touch button[data-tag='demo_booked']");
            b.waitFor("the tag recorded", () -> b.all("#today-untagged .badge").stream()
                    .anyMatch(e -> e.getText().contains("已记录")));
            assertThat(before).isPositive();
        }
    }

    @Test
    void managerReturnsADealWithANoteVotesAndSeesTheMatrixDirectorOpensTheAdminArea() throws Exception {
        wecom.signedInMember("wb_m1");
        try (Browser b = new Browser(390, 844)) {
            b.open(server.getURL() + "/workbench");
            b.waitFor("the manager's app", () -> b.text("#me-name").equals("王五"));
            assertThat(b.driver.getCurrentUrl()).doesNotContain("wechat_redirect");
            b.open(server.getURL() + "/workbench#deals");
            b.waitFor("the review queue", () -> !b.all("#deals-queue [data-deal='wbb-deal1']").isEmpty());
            b.waitFor("the LTV board", () -> !b.all("#deals-ltv").isEmpty());
            b.shot("workbench-deals-phone.png");
            b.all("#deals-queue [data-deal='wbb-deal1'] .review-note").get(0).sendKeys("请补充IT负责人会议纪要");
            b.click("#deals-queue [data-deal='wbb-deal1'] button[data-review='return']");
            b.waitFor("the deal returned", () -> b.text("#deals-queue [data-deal='wbb-deal1']").contains("已退回补充"));

            b.open(server.getURL() + "/workbench#targets");
            b.waitFor("the plans", () -> !b.all("#targets-plans button[data-vote='STEADY']").isEmpty());
            b.click("#targets-plans button[data-vote='STEADY']");
            b.waitFor("the ballot", () -> b.text("#targets-plans button[data-vote='STEADY']").equals("已投"));
            b.waitFor("the matrix chart", () -> b.imageLoaded("#matrix-chart"));
            b.shot("workbench-targets-phone.png");
        }
        wecom.signedInMember("wb_d1");
        try (Browser b = new Browser(1280, 800)) {
            b.open(server.getURL() + "/workbench");
            b.waitFor("the director's app", () -> b.text("#me-name").equals("孙总"));
            b.open(server.getURL() + "/workbench#admin");
            b.waitFor("the admin area", () -> !b.all("#admin-config tbody tr").isEmpty()
                    && !b.all("#admin-audit tbody tr").isEmpty());
            assertThat(b.text("#admin-audit")).contains("deal.review.return");
            b.shot("workbench-admin-desktop.png");
        }
    }

    @Test
    void managerSignsInThroughDingtalkFreeLogin() throws Exception {
        dingtalk.signedInStaff("dd-wb-m1");
        try (Browser b = new Browser(390, 844)) {
            b.open(server.getURL() + "/workbench/dingtalk");
            b.waitFor("the app after 免登", () -> b.all("#me-name").size() == 1 && b.text("#me-name").equals("王五"));
            assertThat(dingtalk.requests("/topapi/v2/user/getuserinfo")).hasSize(1);
            assertThat(dingtalk.requests("/topapi/v2/user/getuserinfo").get(0).query()).contains("access_token=");
        }
        dingtalk.signedInStaff("dd-nobody");
        try (Browser b = new Browser(390, 844)) {
            b.open(server.getURL() + "/workbench/dingtalk");
            b.waitFor("the not-set-up message", () -> b.text("#signin-status").contains("尚未开通"));
        }
    }

    private void seedActivity() {
        long now = System.currentTimeMillis();
        long day = 86_400_000L;
        YearMonth month = YearMonth.now(ZONE);
        long monthStart = month.atDay(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
        customers.save(new Customer("wbb-c1", "华东精密机械", "wb-r1", null, "制造业", "A", 0, false));
        customers.save(new Customer("wbb-c2", "苏州新材料", "wb-r3", null, "制造业", "B", 0, false));
        customers.save(new Customer("wbb-c3", "广州恒达电子", "wb-r2", null, "制造业", "B", 0, false));
        targets.save(new Target("wb-r1", month, 1_000_000_00L));
        targets.save(new Target("wb-r3", month, 500_000_00L));
        targets.save(new Target("wb-m1", month, 800_000_00L));
        targets.save(new Target("wb-r2", month, 600_000_00L));
        payments.save(new Payment("wbb-p1", "wb-r1", "wbb-c1", null, 350_000_00L, monthStart));
        payments.save(new Payment("wbb-p2", "wb-r3", "wbb-c2", null, 450_000_00L, monthStart));
        payments.save(new Payment("wbb-p3", "wb-m1", "wbb-c2", null, 100_000_00L, monthStart));
        opportunities.save(new Opportunity("wbb-o1", "wbb-c1", "wb-r1", 900_000_00L, "quote", true, true, true, null,
                OpportunityStatus.OPEN, false, now - 9 * day, 0));
        opportunities.save(new Opportunity("wbb-o2", "wbb-c2", "wb-r3", 300_000_00L, "needs", true, true, true, null,
                OpportunityStatus.OPEN, false, now - 9 * day, 0));
        List<LocalDate> days = calendar.businessDaysBefore(calendar.dayOf(now), 7);
        int[][] counts = {{3, 2, 4, 1, 5, 3, 2}, {1, 0, 2, 3, 1, 0, 4}};
        String[] reps = {"wb-r1", "wb-r3"};
        for (int r = 0; r < reps.length; r++) {
            for (int d = 0; d < days.size(); d++) {
                long at = calendar.startOf(days.get(d)) + 10 * 3_600_000L;
                for (int i = 0; i < counts[r][d]; i++) {
                    touches.insert(new Touch(0, reps[r], r == 0 ? "wbb-c1" : "wbb-c2", TouchKind.CALL,
                            at + i * 600_000L, 600, "demo_booked", null, at + 700_000L, "test",
                            "wbb-" + r + "-" + d + "-" + i + "-" + now));
                }
            }
        }
        touches.insert(new Touch(0, "wb-r1", "wbb-c1", TouchKind.VISIT, now - 2 * 3_600_000L, 2400, null, null, 0,
                "test", "wbb-open-1-" + now));
        touches.insert(new Touch(0, "wb-r1", "wbb-c1", TouchKind.CALL, now - 26 * 3_600_000L, 420, null, null, 0,
                "test", "wbb-open-2-" + now));
        leads.insert(new Lead(0, "wbb-c1", "wb-r1", "exhibition", now - 40 * day, "设备老化，停机损失大", "quote",
                now - 21 * day, null));
        desk.record(new com.salesbot.core.deal.Deal("wbb-deal1", "wbb-c1", "wb-r1", null, 280_000_00L,
                calendar.dayOf(now), null, null, false, null, false,
                Map.of(com.salesbot.core.deal.DecisionRole.PURCHASING, "拜访"), 0, null, null, false, null, 0),
                "api", "api");
        sandbox.run("wb-m1", "wb-t1", com.salesbot.core.model.Quarter.of(calendar.dayOf(now)).next(), now, "api");
        leads.insert(new Lead(0, "wbb-c2", "wb-r3", "referral", now - 20 * day, "质检靠人工", "needs", now - 8 * day,
                null));
    }

    /** One headless Chromium with a fresh profile. */
    final class Browser implements AutoCloseable {
        final ChromeDriver driver;
        final JavascriptExecutor js;
        private final Path profile;

        Browser(int width, int height) throws IOException {
            profile = Files.createTempDirectory("workbench-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile.resolve("profile"),
                    "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    .withLogFile(profile.resolve("chromedriver.log").toFile()).build();
            driver = new ChromeDriver(service, options);
            js = driver;
            driver.manage().timeouts().scriptTimeout(WAIT);
        }

        void open(String url) {
            driver.get(url);
        }

        List<WebElement> all(String css) {
            return driver.findElements(By.cssSelector(css));
        }

        String text(String css) {
            List<WebElement> found = all(css);
            return found.isEmpty() ? "" : found.get(0).getText();
        }

        void click(String css) {
            waitFor(css, () -> !all(css).isEmpty() && all(css).get(0).isDisplayed());
            all(css).get(0).click();
        }

        List<String> column(String table, int index) {
            return all(table + " tbody tr").stream()
                    .map(tr -> tr.findElements(By.tagName("td")).get(index).getText()).toList();
        }

        boolean imageLoaded(String css) {
            return Boolean.TRUE.equals(js.executeScript("var i = document.querySelector(arguments[0]);"
                    + "return !!i && i.complete && i.naturalWidth > 0;", css));
        }

        void waitImages() {
            waitFor("every image drawn", () -> Boolean.TRUE.equals(js.executeScript(
                    "return Array.prototype.every.call(document.images, function (i) {"
                            + " return i.complete && i.naturalWidth > 0; });")));
        }

        void waitFor(String what, java.util.function.BooleanSupplier check) {
            try {
                new WebDriverWait(driver, WAIT).ignoring(RuntimeException.class).until(d -> check.getAsBoolean());
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("timed out waiting for " + what + " at " + driver.getCurrentUrl()
                        + "; page: " + driver.getPageSource() + "; dingtalk fake saw " + dingtalk.requests().stream()
                        .map(r -> r.method() + " " + r.path()).toList(), e);
            }
        }

        void resize(int width, int height) {
            driver.manage().window().setSize(new Dimension(width, height));
        }

        void shot(String name) throws IOException {
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SHOTS);
            Files.copy(png.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static FakeWecomServer startWecom() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeDingtalkServer startDingtalk() {
        try {
            return new FakeDingtalkServer().byDefault("/v1.0/oauth2/accessToken", 200,
                    "{\"accessToken\":\"wb-token\",\"expireIn\":7200}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

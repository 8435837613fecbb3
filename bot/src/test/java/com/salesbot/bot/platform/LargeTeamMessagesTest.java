package com.salesbot.bot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.adapters.dingtalk.send.DingtalkMessageRenderer;
import com.salesbot.adapters.dingtalk.send.DingtalkSender;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.client.WecomClientFactory;
import com.salesbot.adapters.wecom.send.MemberRateLimit;
import com.salesbot.adapters.wecom.send.WecomImageUploader;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.adapters.wecom.send.WecomSender;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.port.memory.InMemoryRateLimiter;
import com.salesbot.core.push.CoachingPushes;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.push.MonthlyPushes;
import com.salesbot.core.push.PlaybookLibrary;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.QuietHours;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every kind of message the bot sends, produced by the real code for a 300-rep company (30 teams, 50 reps red on
 * target health, long customer names and a pain point full of markup), rendered for both platforms and sent to the
 * strict fake WeCom and DingTalk servers: each is accepted, reads without raw codes or a cut quote, and shows the
 * user's text as plain text.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeTeamMessagesTest implements TestPropertyProvider {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PAIN = "客户嫌贵，[报价单](http://evil.example/q) **马上降价** <font color=\"warning\">红</font>"
            + " # 标题 ![图](http://evil.example/a.png) 还要“三年免费维保。”并且希望下周给出正式方案";
    private static final List<String> USER_MARKUP = List.of("[报价单](", "**马上降价**", "<font color=\"warning\">红",
            "![图](");
    private static final Pattern QUOTES = Pattern.compile("[“”]");

    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    LeadStore leads;
    @Inject
    TouchStore touches;
    @Inject
    TargetStore targets;
    @Inject
    PaymentStore payments;
    @Inject
    ConversationEngine engine;
    @Inject
    ApplicationNoteFeature notes;
    @Inject
    DailyDigest digest;
    @Inject
    TargetHealthQuery health;
    @Inject
    BusinessCalendar calendar;
    @Inject
    BusinessConfig config;
    @Inject
    PushFiles files;
    @Inject
    RecipientDirectory directory;
    @Inject
    PlaybookLibrary playbooks;
    @Inject
    PushLedger ledger;
    @Inject
    QuietHours quiet;
    @Inject
    com.salesbot.core.feature.pipeline.SourceCheckFeature sourceCheck;

    private FakeWecomServer wecomFake;
    private WecomSender wecomSender;
    private FakeDingtalkServer dingtalkFake;
    private DingtalkSender dingtalk;
    private LocalDate today;
    private long now;
    private final Map<String, OutgoingMessage> messages = new LinkedHashMap<>();
    private int recipient;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:large_team_" + UUID.randomUUID().toString().substring(0, 8)
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                        + "NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1",
                "salesbot.demo.enabled", "false",
                "salesbot.public-url", "https://salesbot.example.com",
                "salesbot.link-secret", "large-team-link-secret-0123");
    }

    @BeforeAll
    void seedAndProduce() throws Exception {
        today = LocalDate.now(ZONE).plusDays(1);
        while (!calendar.isBusinessDay(today)) {
            today = today.plusDays(1);
        }
        now = today.atTime(9, 30).atZone(ZONE).toInstant().toEpochMilli();
        wecomFake = new FakeWecomServer();
        Clock wallClock = Clock.systemUTC();
        WecomSettings wecomSettings = new WecomSettings(FakeWecomServer.CORP, FakeWecomServer.AGENT,
                FakeWecomServer.SECRET, "cbtoken", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", wecomFake.baseUrl());
        WxCpService cp = new WecomClientFactory(new InMemoryKeyValueStore(wallClock), new InMemoryLockService(wallClock))
                .create(wecomSettings);
        wecomSender = new WecomSender(cp, new WecomMessageRenderer(wecomSettings.agentId(), "销售助手"),
                new MemberRateLimit(new InMemoryRateLimiter(wallClock), wecomSettings.corpId(), wecomSettings.agentId()),
                new WecomImageUploader(cp));
        dingtalkFake = new FakeDingtalkServer()
                .byDefault("/v1.0/oauth2/accessToken", 200, "{\"accessToken\":\"t1\",\"expireIn\":7200}")
                .byDefault("/v1.0/robot/oToMessages/batchSend", 200,
                        "{\"processQueryKey\":\"pq\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}")
                .byDefault("/media/upload", 200,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"@lAzImg\",\"created_at\":1}")
                .byDefault("/topapi/message/corpconversation/asyncsend_v2", 200,
                        "{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":256,\"request_id\":\"r1\"}");
        DingtalkSettings settings = new DingtalkSettings("appKey1", "appSecret1", "robot1", 9001L,
                dingtalkFake.baseUrl(), dingtalkFake.baseUrl(), null, null, Duration.ofSeconds(5), Duration.ofSeconds(5));
        DingtalkOpenApi openApi = new DingtalkOpenApi(settings);
        Clock clock = Clock.fixed(Instant.ofEpochMilli(now), ZONE);
        dingtalk = new DingtalkSender(settings, openApi, new DingtalkOapi(settings),
                new DingtalkAccessTokenProvider(settings.appKey(), openApi::fetchAccessToken,
                        new InMemoryKeyValueStore(clock), new InMemoryLockService(clock), clock),
                new DingtalkMessageRenderer(), clock);
        seed();
        produce();
    }

    @AfterAll
    void stop() {
        wecomFake.close();
        dingtalkFake.close();
    }

    private void seed() {
        YearMonth month = YearMonth.from(today);
        org.saveRep(new Rep("big-d", "韩涛", null, Role.DIRECTOR, "big_d", "dd_big_d", LocalDate.of(2024, 1, 1), true));
        for (int t = 0; t < 30; t++) {
            String team = String.format("big-t%02d", t);
            org.saveTeam(new Team(team, "华东大区第" + (t + 1) + "销售组"));
            org.saveRep(new Rep(String.format("big-m%02d", t), "主管" + (t + 1) + "号", team, Role.MANAGER,
                    String.format("big_m%02d", t), String.format("dd_big_m%02d", t), LocalDate.of(2024, 1, 1), true));
            for (int r = 0; r < 10; r++) {
                int i = t * 10 + r;
                String rep = String.format("big-r%03d", i);
                org.saveRep(new Rep(rep, "销售" + i + "号欧阳明轩", team, Role.REP, String.format("big_r%03d", i),
                        String.format("dd_big_r%03d", i), LocalDate.of(2024, 1, 1), true));
                targets.save(new Target(rep, month, 100_000_000L));
                if (i % 6 != 0) { // 50 of 300 have nothing paid and no reserve: red
                    payments.save(new Payment("big-p" + i, rep, null, null, 100_000_000L, now - 86_400_000L));
                }
                String customer = "big-c" + i;
                customers.save(new Customer(customer, "（上海）华东精密机械制造第" + i + "分厂股份有限公司", rep, null, "制造业",
                        "A", 0, false));
                List<Choice> stages = config.stages();
                leads.insert(new Lead(0, customer, rep, config.leadSources().get(i % config.leadSources().size()).code(),
                        now - 90L * 86_400_000L, PAIN, stages.get(i % (stages.size() - 1)).code(),
                        now - (30L + i % 40) * 86_400_000L, null));
                touches.insert(new Touch(0, rep, customer, TouchKind.CALL, now - 20L * 3_600_000L, 300, null, null, 0,
                        "test", "big-touch-" + i));
            }
        }
    }

    private void produce() {
        ask("director 团队目标", "big_d", "团队目标");
        ask("manager 团队目标", "big_m00", "团队目标");
        ask("red rep 目标", "big_r000", "目标");
        ask("help", "big_r001", "帮助");
        ask("compare", "big_r001", "对比");
        ask("check-in card", "big_r002", "打卡 40分钟");
        ask("lead form 1/4", "big_r001", "录线索");
        ask("lead form 2/4", "big_r001", "（上海）华东精密机械制造第1分厂股份有限公司");
        ask("lead form 3/4", "big_r001", "展会");
        ask("lead form 4/4", "big_r001", config.stages().get(1).label());
        ask("lead registered", "big_r001", PAIN);
        ask("unknown sender", "nobody_here", "目标");
        YearMonth month = YearMonth.from(today);
        addAll("digest", digest.pushes(today));
        MonthlyPushes monthly = new MonthlyPushes(org, leads, customers, health, calendar, config.thresholds(),
                new HashSet<>(), files, directory, config.stages());
        addAll("target health", monthly.targetHealth(month));
        addAll("lead dwell", monthly.leadDwell(month, now));
        addAll("credibility", monthly.credibilityLists(month, now));
        CoachingPushes coaching = new CoachingPushes(org, touches, customers, leads, calendar, config.thresholds(),
                playbooks, notes, ledger, directory, Duration.ofDays(7), quiet);
        addAll("talk-track kit", coaching.talkTrackKits(today));
        addAll("micro lesson", coaching.microLessons(now));
        addAll("note reminder", coaching.noteReminders(today));
        // capture: 我的线索 with advance and 输单 taps, the grading standard, last week's leads for the source check
        ask("my leads", "big_r003", "我的线索");
        ask("grading standard", "big_r003", "分级标准");
        long lastWeek = calendar.startOf(today.with(java.time.DayOfWeek.MONDAY).minusDays(7));
        for (int i = 0; i < 10; i++) {
            leads.insert(new Lead(0, "big-c" + i, String.format("big-r%03d", i), config.leadSources().get(0).code(),
                    lastWeek + i * 3_600_000L, PAIN, config.stages().get(0).code(), lastWeek + i * 3_600_000L,
                    null));
        }
        addAll("source check", sourceCheck.weekly(today));
    }

    private void ask(String what, String wecomUser, String text) {
        List<Outgoing> replies = engine.handle(new InboundMessage("wecom", "big-" + UUID.randomUUID(), wecomUser,
                InboundKind.TEXT, text, null, null, List.of(), null, null, false, now));
        for (int i = 0; i < replies.size(); i++) {
            messages.put(what + (replies.size() > 1 ? " #" + i : ""), replies.get(i).message());
        }
    }

    private void addAll(String what, List<Outgoing> pushes) {
        // one of each team's pushes is enough: the large ones are the director's and the first team's
        for (int i = 0; i < pushes.size() && i < 3; i++) {
            messages.put(what + " #" + i, pushes.get(i).message());
        }
    }

    @Test
    void everyKindIsProducedForTheLargeTeam() {
        assertThat(messages.keySet()).contains("director 团队目标", "manager 团队目标", "red rep 目标", "lead registered",
                "digest #0", "target health #0", "lead dwell #0", "my leads", "grading standard", "source check #0");
        assertThat(((Card) messages.get("source check #0")).lines()).hasSize(11);
        assertThat(messages.get("lead registered").toString()).contains("线索已登记");
        Card team = (Card) messages.get("director 团队目标");
        assertThat(team.lines()).hasSize(301);
        assertThat(team.lines().get(0)).contains("红色预警 50 人");
        assertThat(team.link().url()).startsWith("https://salesbot.example.com/push-files/").contains("&sig=");
    }

    @Test
    void theDirectorsTeamTargetFitsOneWecomMessageRedFirstWithTheRestLinked() {
        int before = wecomFake.requests().size();
        assertThat(wecomSender.send("big_director_view", messages.get("director 团队目标")))
                .isEqualTo(new SendResult.Sent());
        String md = wecomFake.requests().subList(before, wecomFake.requests().size()).stream()
                .filter(r -> r.path().equals("/cgi-bin/message/send")).findFirst().orElseThrow().json()
                .getAsJsonObject("markdown").get("content").getAsString();
        long shown = md.lines().filter(l -> l.startsWith("🔴") || l.startsWith("🟢")).count();
        assertThat(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(md.lines().filter(l -> l.startsWith("🔴")).count()).isEqualTo(Math.min(50, shown));
        assertThat(md).contains("还有" + (300 - shown) + "人未列出，见完整名单。", "[完整名单](https://salesbot.example.com/");
        System.out.println("director 团队目标 on WeCom: " + shown + " of 300 lines in "
                + md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes");
    }

    @Test
    void weComAcceptsEveryMessageAndItReadsWell() {
        for (var entry : messages.entrySet()) {
            int before = wecomFake.requests().size();
            String to = "big_user_" + recipient++;
            SendResult result = wecomSender.send(to, entry.getValue());
            assertThat(result).as(entry.getKey()).isEqualTo(new SendResult.Sent());
            wecomFake.assertNoViolations();
            List<String> texts = new ArrayList<>();
            wecomFake.requests().subList(before, wecomFake.requests().size()).stream()
                    .filter(r -> r.path().equals("/cgi-bin/message/send"))
                    .forEach(r -> texts.addAll(wecomVisible(r.json())));
            assertReadable(entry.getKey(), texts);
        }
    }

    @Test
    void weComAcceptsEveryCardUpdate() {
        for (var entry : messages.entrySet()) {
            if (!(entry.getValue() instanceof Card card) || card.promptId() == null) {
                continue;
            }
            String code = "RC_big_" + recipient;
            wecomFake.issueResponseCode(code);
            int before = wecomFake.requests().size();
            assertThat(wecomSender.updateCard("big_user_" + recipient++, card.promptId(), code, card))
                    .as(entry.getKey()).isEqualTo(new SendResult.Sent());
            wecomFake.assertNoViolations();
            List<String> texts = new ArrayList<>();
            wecomFake.requests().subList(before, wecomFake.requests().size())
                    .forEach(r -> texts.addAll(wecomVisible(r.json())));
            assertReadable(entry.getKey() + " (update)", texts);
        }
    }

    @Test
    void dingTalkAcceptsEveryMessageAsRobotMessageAndAsWorkNotice() {
        for (var entry : messages.entrySet()) {
            for (String to : List.of("dd_big_" + recipient, "notice:dd_big_" + recipient)) {
                int before = dingtalkFake.requests().size();
                assertThat(dingtalk.send(to, entry.getValue())).as(entry.getKey() + " to " + to)
                        .isEqualTo(new SendResult.Sent());
                dingtalkFake.assertNoViolations();
                List<String> texts = new ArrayList<>();
                dingtalkFake.requests().subList(before, dingtalkFake.requests().size())
                        .forEach(r -> texts.addAll(dingtalkVisible(r.path(), r.bodyText())));
                assertReadable(entry.getKey() + " to " + to, texts);
            }
            recipient++;
        }
    }

    private void assertReadable(String what, List<String> texts) {
        assertThat(texts).as(what + ": something visible").isNotEmpty();
        Pattern codes = rawCodes();
        for (String text : texts) {
            assertThat(codes.matcher(text).find()).as(what + ": raw code in " + text).isFalse();
            long open = text.chars().filter(c -> c == '“').count();
            long close = text.chars().filter(c -> c == '”').count();
            assertThat(open).as(what + ": a quote cut in " + text).isEqualTo(close);
            for (String markup : USER_MARKUP) {
                assertThat(text).as(what + ": user markup live").doesNotContain(markup);
            }
            assertThat(text).as(what + ": relative link").doesNotContain("](/", "：/push-files");
        }
    }

    /** Stage and source codes (e.g. contact, won_pending, expo) standing alone in visible text. */
    private Pattern rawCodes() {
        List<String> all = new ArrayList<>();
        config.stages().forEach(c -> all.add(c.code()));
        config.leadSources().forEach(c -> all.add(c.code()));
        config.resultTags().forEach(c -> all.add(c.code()));
        return Pattern.compile("(?<![A-Za-z0-9_:/.?=&-])(" + String.join("|", all) + ")(?![A-Za-z0-9_])");
    }

    private static List<String> wecomVisible(JsonObject body) {
        List<String> out = new ArrayList<>();
        if (body.has("text")) {
            out.add(body.getAsJsonObject("text").get("content").getAsString());
        }
        if (body.has("markdown")) {
            out.add(body.getAsJsonObject("markdown").get("content").getAsString()
                    .replaceAll("\\]\\(https?://[^)]*\\)", "]"));
        }
        if (body.has("button") && body.get("button").isJsonObject()) {
            out.add(body.getAsJsonObject("button").get("replace_name").getAsString());
        }
        if (body.has("template_card")) {
            JsonObject card = body.getAsJsonObject("template_card");
            out.add(card.getAsJsonObject("main_title").get("title").getAsString());
            if (card.has("sub_title_text")) {
                out.add(card.get("sub_title_text").getAsString());
            }
            for (String list : List.of("horizontal_content_list", "button_list")) {
                if (card.has(list)) {
                    for (JsonElement e : card.getAsJsonArray(list)) {
                        JsonObject item = e.getAsJsonObject();
                        for (String key : List.of("keyname", "value", "text")) {
                            if (item.has(key)) {
                                out.add(item.get(key).getAsString());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> dingtalkVisible(String path, String bodyText) {
        List<String> out = new ArrayList<>();
        if (path.endsWith("/batchSend")) {
            JsonObject param = JsonParser.parseString(JsonParser.parseString(bodyText).getAsJsonObject()
                    .get("msgParam").getAsString()).getAsJsonObject();
            param.entrySet().stream().filter(e -> !e.getKey().toLowerCase().endsWith("url"))
                    .forEach(e -> out.add(e.getValue().getAsString().replaceAll("\\]\\([^)]*\\)", "]")));
        } else if (path.endsWith("/asyncsend_v2")) {
            JsonObject md = JsonParser.parseString(bodyText).getAsJsonObject().getAsJsonObject("msg")
                    .getAsJsonObject("markdown");
            out.add(md.get("title").getAsString());
            out.add(md.get("text").getAsString().replaceAll("\\]\\([^)]*\\)", "]"));
        }
        return out;
    }

}

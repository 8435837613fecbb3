package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WecomSenderTest {
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPDATE = "/cgi-bin/message/update_template_card";
    private WecomFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Card visitCard() {
        return new Card("拜访结果", Tone.NORMAL, List.of("请选择本次拜访结果"), List.of(new CardField("客户", "张三", false)),
                null, List.of(new CardButton("visit_tag_deal", "成交", true), new CardButton("visit_tag_follow", "跟进", false)),
                "visit-42", null);
    }

    private JsonObject lastSent() {
        List<FakeWecomServer.Request> sends = f.fake.requests(SEND);
        return sends.get(sends.size() - 1).json();
    }

    @Test
    void textIsDeliveredInWecomsFormat() {
        assertThat(f.sender.send("rep001", new TextMessage("今天还差 3 单"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.violations()).isEmpty();
        JsonObject body = lastSent();
        assertThat(body.get("touser").getAsString()).isEqualTo("rep001");
        assertThat(body.get("msgtype").getAsString()).isEqualTo("text");
        assertThat(body.get("agentid").getAsInt()).isEqualTo(FakeWecomServer.AGENT);
        assertThat(body.getAsJsonObject("text").get("content").getAsString()).isEqualTo("今天还差 3 单");
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(1);
    }

    @Test
    void interactiveCardPassesTheTemplateCardChecks() {
        assertThat(f.sender.send("rep001", visitCard())).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.violations()).isEmpty();
        String first = lastSent().getAsJsonObject("template_card").get("task_id").getAsString();
        assertThat(first).startsWith("visit-42@");
        // the same prompt sent again (a reminder, the next step of a form) gets a task_id of its own: WeCom takes it
        assertThat(f.sender.send("rep001", visitCard())).isEqualTo(new SendResult.Sent());
        String second = lastSent().getAsJsonObject("template_card").get("task_id").getAsString();
        assertThat(second).startsWith("visit-42@").isNotEqualTo(first);
        f.fake.assertNoViolations();
    }

    @Test
    void theStrictFakeRefusesAReusedTaskIdWith42014AndTooLongContentWith45002() throws Exception {
        String body = "{\"touser\":\"rep001\",\"agentid\":" + FakeWecomServer.AGENT + ",\"msgtype\":\"template_card\","
                + "\"template_card\":{\"card_type\":\"button_interaction\",\"main_title\":{\"title\":\"t\"},"
                + "\"task_id\":\"same-1\",\"button_list\":[{\"text\":\"a\",\"key\":\"a\",\"type\":0}]}}";
        String url = f.cp.getWxCpConfigStorage().getApiUrl("/cgi-bin/message/send");
        f.cp.post(url, body);
        assertThatThrownBy(() -> f.cp.post(url, body)).hasMessageContaining("42014");
        String big = "{\"touser\":\"rep001\",\"agentid\":" + FakeWecomServer.AGENT
                + ",\"msgtype\":\"text\",\"text\":{\"content\":\"" + "中".repeat(683) + "\"}}";
        assertThatThrownBy(() -> f.cp.post(url, big)).hasMessageContaining("45002");
        assertThat(f.fake.violations()).hasSize(2);
    }

    @Test
    void cardImageIsUploadedAsMultipartPngFromAFileThenSent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 9, 9};
        Card card = new Card("热力图", Tone.NORMAL, List.of("本周触达"), List.of(), new CardImage("heat.png", png, "热力图"),
                List.of(), null, null);
        assertThat(f.sender.send("mgr1", card)).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.violations()).isEmpty();
        assertThat(f.fake.requests("/cgi-bin/media/upload")).hasSize(1);
        List<FakeWecomServer.Request> sends = f.fake.requests(SEND);
        assertThat(sends).extracting(r -> r.json().get("msgtype").getAsString()).containsExactly("markdown", "image");
    }

    @Test
    void imageUploadAfterATokenErrorStillCarriesThePng() {
        f.sender.send("mgr1", new TextMessage("先取 token"));
        f.fake.failNext("/cgi-bin/media/upload", 40014, "invalid access_token");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1};
        Card card = new Card("热力图", Tone.NORMAL, List.of(), List.of(), new CardImage("h.png", png, "热力图"), List.of(),
                null, null);
        assertThat(f.sender.send("mgr1", card)).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests("/cgi-bin/media/upload")).hasSize(2);
        assertThat(f.fake.violations()).isEmpty();
    }

    @Test
    void expiredTokenIsRefreshedAndTheSendRetriedOnce() {
        assertThat(f.sender.send("rep001", new TextMessage("一"))).isEqualTo(new SendResult.Sent());
        f.fake.failNext(SEND, 40014, "invalid access_token");
        assertThat(f.sender.send("rep001", new TextMessage("二"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(2);
        assertThat(f.fake.requests(SEND)).hasSize(3);
        String firstToken = f.fake.requests(SEND).get(1).query().get("access_token");
        String retryToken = f.fake.requests(SEND).get(2).query().get("access_token");
        assertThat(retryToken).isNotEqualTo(firstToken);
    }

    @Test
    void tokenRevokedOnTheServerIsRefreshedToo() {
        f.sender.send("rep001", new TextMessage("一"));
        f.fake.invalidateTokens();
        assertThat(f.sender.send("rep001", new TextMessage("二"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(2);
    }

    @Test
    void tokenErrorThatSurvivesTheRefreshIsRetriedSoonWithTheSharedTokenDropped() {
        f.sender.send("rep001", new TextMessage("一"));
        f.fake.failNext(SEND, 42001, "access_token expired");
        f.fake.failNext(SEND, 42001, "access_token expired");
        SendResult r = f.sender.send("rep001", new TextMessage("二"));
        assertThat(r).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) r).after()).isEqualTo(Duration.ofSeconds(1));
        assertThat(f.kv.get("wecom:access-token:" + FakeWecomServer.CORP + ":" + FakeWecomServer.AGENT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {45009, 45011, 45033})
    void platformRateLimitsAreRetriedAfterAMinute(int errcode) {
        f.fake.failNext(SEND, errcode, "api freq out of limit");
        SendResult r = f.sender.send("rep001", new TextMessage("x"));
        assertThat(r).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) r).after()).isEqualTo(Duration.ofSeconds(60));
        assertThat(((SendResult.Retry) r).error()).startsWith("wecom errcode=" + errcode + " ");
    }

    @Test
    void systemBusyIsRetriedOnceInsideThenReportedAsRetry() {
        f.fake.failNext(SEND, -1, "system busy");
        assertThat(f.sender.send("rep001", new TextMessage("x"))).isEqualTo(new SendResult.Sent());
        f.fake.failNext(SEND, -1, "system busy");
        f.fake.failNext(SEND, -1, "system busy");
        SendResult r = f.sender.send("rep001", new TextMessage("y"));
        assertThat(r).isInstanceOf(SendResult.Retry.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {81013, 60111, 40003, 44004, 45002})
    void invalidUserOrContentIsPermanent(int errcode) {
        f.fake.failNext(SEND, errcode, "invalid");
        SendResult r = f.sender.send("rep001", new TextMessage("x"));
        assertThat(r).isInstanceOf(SendResult.Permanent.class);
        assertThat(((SendResult.Permanent) r).error()).startsWith("wecom errcode=" + errcode + " ");
        assertThat(f.fake.requests(SEND)).hasSize(1);
    }

    @Test
    void unknownUserAloneIsPermanent() {
        f.fake.unknownUser("ghost");
        SendResult r = f.sender.send("ghost", new TextMessage("x"));
        assertThat(r).isInstanceOf(SendResult.Permanent.class);
        assertThat(((SendResult.Permanent) r).error()).contains("81013");
    }

    @Test
    void partialDeliveryIsNotSuccess() {
        f.fake.unknownUser("ghost");
        SendResult r = f.sender.send("rep001|ghost", new TextMessage("x"));
        assertThat(r).isEqualTo(new SendResult.Permanent("wecom invaliduser=ghost (not delivered to them)"));
    }

    @Test
    void networkFailureIsRetriedWithoutLeakingTheToken() {
        f.sender.send("rep001", new TextMessage("取 token"));
        String token = f.fake.requests(SEND).get(0).query().get("access_token");
        f.fake.close();
        SendResult r = f.sender.send("rep001", new TextMessage("x"));
        assertThat(r).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) r).after()).isEqualTo(Duration.ofSeconds(30));
        assertThat(((SendResult.Retry) r).error()).doesNotContain(token).doesNotContain(FakeWecomServer.SECRET);
    }

    @Test
    void thirtyMessagesPerMinutePerMemberThenWaitWithoutCallingWecom() {
        for (int i = 0; i < 30; i++) {
            assertThat(f.sender.send("rep001", new TextMessage("第" + i + "条"))).isEqualTo(new SendResult.Sent());
        }
        SendResult limited = f.sender.send("rep001", new TextMessage("第31条"));
        assertThat(limited).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) limited).after()).isEqualTo(Duration.ofMinutes(1));
        assertThat(f.fake.requests(SEND)).hasSize(30);
        assertThat(f.sender.send("rep002", new TextMessage("别人不受影响"))).isEqualTo(new SendResult.Sent());
        f.clock.advance(Duration.ofSeconds(59));
        assertThat(f.sender.send("rep001", new TextMessage("还没到"))).isInstanceOf(SendResult.Retry.class);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.sender.send("rep001", new TextMessage("一分钟后"))).isEqualTo(new SendResult.Sent());
    }

    @Test
    void hourlyLimitReachedMeansNoCallToWecom() {
        var hourFull = new WecomSender(f.cp, new WecomMessageRenderer(FakeWecomServer.AGENT, "销售助手"),
                new MemberRateLimit(limits -> limits.stream().anyMatch(l -> l.key().endsWith(":1h"))
                        ? Duration.ofMinutes(7) : Duration.ZERO,
                        FakeWecomServer.CORP, FakeWecomServer.AGENT), new WecomImageUploader(f.cp));
        assertThat(hourFull.send("rep001", new TextMessage("x"))).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) hourFull.send("rep001", new TextMessage("x"))).after())
                .isEqualTo(Duration.ofMinutes(7));
        assertThat(f.fake.requests(SEND)).isEmpty();
    }

    @Test
    void cardWithImageNeedsTwoPermits() {
        for (int i = 0; i < 29; i++) {
            f.sender.send("rep001", new TextMessage("n" + i));
        }
        Card withImage = new Card("图", Tone.NORMAL, List.of(), List.of(),
                new CardImage("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "图"), List.of(), null, null);
        assertThat(f.sender.send("rep001", withImage)).isInstanceOf(SendResult.Retry.class);
        assertThat(f.fake.requests("/cgi-bin/media/upload")).isEmpty();
    }

    @Test
    void updateCardReplacesTheWholeInteractiveCardWithTheResponseCode() {
        f.fake.issueResponseCode("RC_abc");
        Card next = new Card("拜访结果（已记录）", Tone.SUCCESS, List.of("已标记：成交"), List.of(), null,
                List.of(new CardButton("visit_undo", "撤销", false)), "visit-42", null);
        assertThat(f.sender.updateCard("rep001", "visit-42", "RC_abc", next)).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.violations()).isEmpty();
        JsonObject body = f.fake.requests(UPDATE).get(0).json();
        assertThat(body.get("response_code").getAsString()).isEqualTo("RC_abc");
        assertThat(body.get("agentid").getAsInt()).isEqualTo(FakeWecomServer.AGENT);
        assertThat(body.getAsJsonArray("userids").get(0).getAsString()).isEqualTo("rep001");
        assertThat(body.getAsJsonObject("template_card").get("task_id").getAsString()).startsWith("visit-42@");
    }

    @Test
    void updateCardWithoutButtonsGreysTheButtonsWithTheTitle() {
        f.fake.issueResponseCode("RC_1");
        Card done = new Card("已标记：成交", Tone.SUCCESS, List.of(), List.of(), null, List.of(), null, null);
        assertThat(f.sender.updateCard("rep001", "visit-42", "RC_1", done)).isEqualTo(new SendResult.Sent());
        JsonObject body = f.fake.requests(UPDATE).get(0).json();
        assertThat(body.getAsJsonObject("button").get("replace_name").getAsString()).isEqualTo("已标记：成交");
        assertThat(f.fake.violations()).isEmpty();
    }

    @Test
    void responseCodeWorksOnceAndIsRequired() {
        f.fake.issueResponseCode("RC_once");
        Card done = new Card("已标记：跟进", Tone.NORMAL, List.of(), List.of(), null, List.of(), null, null);
        assertThat(f.sender.updateCard("rep001", "visit-42", "RC_once", done)).isEqualTo(new SendResult.Sent());
        assertThat(f.sender.updateCard("rep001", "visit-42", "RC_once", done)).isInstanceOf(SendResult.Permanent.class);
        assertThat(f.sender.updateCard("rep001", "visit-42", null, done)).isInstanceOf(SendResult.Permanent.class);
        assertThat(f.fake.requests(UPDATE)).hasSize(2);
    }

    @Test
    void unknownResponseCodeIsPermanent() {
        Card done = new Card("已标记：成交", Tone.SUCCESS, List.of(), List.of(), null, List.of(), null, null);
        assertThat(f.sender.updateCard("rep001", "visit-42", "RC_made_up", done)).isInstanceOf(SendResult.Permanent.class);
    }
}

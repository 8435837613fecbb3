package com.salesbot.adapters.dingtalk.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer.Recorded;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.messaging.SendProgress;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DingtalkSenderTest {
    private static final String TOKEN_PATH = "/v1.0/oauth2/accessToken";
    private static final String BATCH_PATH = "/v1.0/robot/oToMessages/batchSend";
    private static final String CARD_PATH = "/v1.0/card/instances/createAndDeliver";
    private static final String UPDATE_PATH = "/v1.0/card/instances";
    private static final String UPLOAD_PATH = "/media/upload";
    private static final String NOTICE_PATH = "/topapi/message/corpconversation/asyncsend_v2";
    private static final String DELIVERED = "{\"processQueryKey\":\"pq1\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}";
    /** 2026-11-27 00:00 in Shanghai = 2026-11-26 16:00 UTC. */
    private static final long SHANGHAI_MIDNIGHT = 1_795_708_800_000L;
    private static final long NOW = SHANGHAI_MIDNIGHT + 8 * 3_600_000L;

    private FakeDingtalkServer fake;
    private final MutableClock clock = new MutableClock(NOW, ZoneId.of("UTC"));

    @BeforeEach
    void startFake() throws Exception {
        fake = new FakeDingtalkServer()
                .thenOnce(TOKEN_PATH, 200, "{\"accessToken\":\"token-one\",\"expireIn\":7200}")
                .byDefault(TOKEN_PATH, 200, "{\"accessToken\":\"token-two\",\"expireIn\":7200}")
                .byDefault(BATCH_PATH, 200, DELIVERED)
                .byDefault(UPLOAD_PATH, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"@lAzHeat\",\"created_at\":1}")
                .byDefault(NOTICE_PATH, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"task_id\":256,\"request_id\":\"r1\"}");
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private DingtalkSender sender(String cardTemplateId) {
        return sender(cardTemplateId, null);
    }

    private DingtalkSender sender(String cardTemplateId, String routeKey) {
        DingtalkSettings settings = new DingtalkSettings("appKey1", "appSecret1", "robot1", 9001L, fake.baseUrl(),
                fake.baseUrl(), cardTemplateId, routeKey, Duration.ofSeconds(2), Duration.ofSeconds(2));
        DingtalkOpenApi openApi = new DingtalkOpenApi(settings);
        var tokens = new DingtalkAccessTokenProvider(settings.appKey(), openApi::fetchAccessToken,
                new InMemoryKeyValueStore(clock), new InMemoryLockService(clock), clock);
        return new DingtalkSender(settings, openApi, new DingtalkOapi(settings), tokens, new DingtalkMessageRenderer(), clock);
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static Card promptCard(CardImage image) {
        return new Card("拜访结果", Tone.NORMAL, List.of("华东机械 · 上门拜访"), List.of(), image,
                List.of(new CardButton("demo_booked", "已预约演示", true), new CardButton("no_budget", "预算未明确", false)),
                "visit-1", null);
    }

    @Test
    void textGoesThroughBatchSendWithTheFetchedToken() {
        SendResult result = sender(null).send("rep001", new TextMessage("收到，已记录"));

        assertThat(result).isEqualTo(new SendResult.Sent());
        Recorded tokenCall = fake.requests(TOKEN_PATH).get(0);
        assertThat(tokenCall.method()).isEqualTo("POST");
        assertThat(json(tokenCall.bodyText()).get("appKey").getAsString()).isEqualTo("appKey1");
        assertThat(json(tokenCall.bodyText()).get("appSecret").getAsString()).isEqualTo("appSecret1");

        Recorded send = fake.requests(BATCH_PATH).get(0);
        assertThat(send.header("x-acs-dingtalk-access-token")).isEqualTo("token-one");
        JsonObject body = json(send.bodyText());
        assertThat(body.get("robotCode").getAsString()).isEqualTo("robot1");
        assertThat(body.getAsJsonArray("userIds").get(0).getAsString()).isEqualTo("rep001");
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleText");
        assertThat(body.get("msgParam").isJsonPrimitive()).as("msgParam is a JSON string").isTrue();
        assertThat(json(body.get("msgParam").getAsString()).get("content").getAsString()).isEqualTo("收到，已记录");
    }

    @Test
    void aRejectedTokenIsRefreshedAndTheSendRetriedOnce() {
        fake.thenOnce(BATCH_PATH, 401, "{\"code\":\"InvalidAuthentication\",\"message\":\"不合法的access_token\",\"requestid\":\"x\"}");

        SendResult result = sender(null).send("rep001", new TextMessage("你好"));

        assertThat(result).isEqualTo(new SendResult.Sent());
        assertThat(fake.requests(TOKEN_PATH)).hasSize(2);
        assertThat(fake.requests(BATCH_PATH)).extracting(r -> r.header("x-acs-dingtalk-access-token"))
                .containsExactly("token-one", "token-two");
    }

    @Test
    void aTokenRejectedTwiceIsRetriedLaterWithoutLeakingIt() {
        fake.byDefault(BATCH_PATH, 401, "{\"code\":\"InvalidAuthentication\",\"message\":\"bad token\",\"requestid\":\"x\"}");

        SendResult result = sender(null).send("rep001", new TextMessage("你好"));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) result).error()).contains("401").doesNotContain("token-one").doesNotContain("token-two");
        assertThat(fake.requests(BATCH_PATH)).hasSize(2);
    }

    @Test
    void flowControlledPartialDeliveryIsRetry() {
        fake.thenOnce(BATCH_PATH, 200, "{\"processQueryKey\":\"pq\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[\"rep001\"]}");

        SendResult result = sender(null).send("rep001", new TextMessage("你好"));

        assertThat(result).isEqualTo(SendResult.Retry.unavailable(Duration.ofSeconds(60), "flow controlled: rep001"));
    }

    @Test
    void invalidUserIsPermanent() {
        fake.thenOnce(BATCH_PATH, 200, "{\"processQueryKey\":\"pq\",\"invalidStaffIdList\":[\"ghost\"],\"flowControlledStaffIdList\":[]}");

        assertThat(sender(null).send("ghost", new TextMessage("你好")))
                .isEqualTo(new SendResult.Permanent("invalid staff id: ghost"));
    }

    @Test
    void httpErrorsAreClassified() {
        fake.thenOnce(BATCH_PATH, 400, "{\"code\":\"param.error\",\"message\":\"msgParam invalid\",\"requestid\":\"a\"}")
                .thenOnce(BATCH_PATH, 429, "{\"code\":\"Forbidden.AccessDenied.QpsLimitForApi\",\"message\":\"qps\",\"requestid\":\"b\"}")
                .thenOnce(BATCH_PATH, 503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestid\":\"c\"}");
        DingtalkSender sender = sender(null);

        assertThat(sender.send("rep001", new TextMessage("a"))).isInstanceOf(SendResult.Permanent.class);
        assertThat(sender.send("rep001", new TextMessage("b"))).isInstanceOfSatisfying(SendResult.Retry.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(60)));
        assertThat(sender.send("rep001", new TextMessage("c"))).isInstanceOfSatisfying(SendResult.Retry.class,
                retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void unreachableApiIsRetry() {
        DingtalkSender sender = sender(null);
        fake.close();

        assertThat(sender.send("rep001", new TextMessage("a"))).isInstanceOf(SendResult.Retry.class);
    }

    @Test
    void cardImageIsUploadedAsMultipartAndSentAfterTheMarkdown() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        Card digest = new Card("晨会摘要", Tone.NORMAL, List.of("昨日有效触达 12 次"), List.of(),
                new CardImage("heatmap", png, "热力图"), List.of(), null, null);

        assertThat(sender(null).send("mgr001", digest)).isEqualTo(new SendResult.Sent());

        Recorded upload = fake.requests(UPLOAD_PATH).get(0);
        assertThat(upload.query()).contains("access_token=token-one");
        assertThat(upload.header("content-type")).startsWith("multipart/form-data");
        String multipart = new String(upload.body(), StandardCharsets.ISO_8859_1);
        assertThat(multipart).contains("name=\"type\"").contains("image").contains("filename=\"heatmap.png\"")
                .contains(new String(png, StandardCharsets.ISO_8859_1));
        assertThat(fake.requests(BATCH_PATH)).extracting(r -> json(r.bodyText()).get("msgKey").getAsString())
                .containsExactly("sampleMarkdown", "sampleImageMsg");
        String imageParam = json(fake.requests(BATCH_PATH).get(1).bodyText()).get("msgParam").getAsString();
        assertThat(json(imageParam).get("photoURL").getAsString()).isEqualTo("@lAzHeat");
    }

    @Test
    void promptWithButtonsBecomesAnInteractiveStreamCard() {
        fake.byDefault(CARD_PATH, 200, "{\"success\":true,\"result\":{\"outTrackId\":\"visit-1\",\"deliverResults\":"
                + "[{\"spaceType\":\"IM_ROBOT\",\"spaceId\":\"rep001\",\"success\":true,\"carrierId\":\"c1\"}]}}");

        assertThat(sender("tpl-123.schema").send("rep001", promptCard(null))).isEqualTo(new SendResult.Sent());

        Recorded create = fake.requests(CARD_PATH).get(0);
        assertThat(create.header("x-acs-dingtalk-access-token")).isEqualTo("token-one");
        JsonObject body = json(create.bodyText());
        assertThat(body.get("cardTemplateId").getAsString()).isEqualTo("tpl-123.schema");
        assertThat(body.get("outTrackId").getAsString()).startsWith("visit-1@");
        assertThat(body.get("callbackType").getAsString()).isEqualTo("STREAM");
        assertThat(body.has("callbackRouteKey")).isFalse();
        assertThat(body.get("openSpaceId").getAsString()).isEqualTo("dtv1.card//IM_ROBOT.rep001");
        assertThat(body.getAsJsonObject("imRobotOpenDeliverModel").get("robotCode").getAsString()).isEqualTo("robot1");
        JsonObject params = body.getAsJsonObject("cardData").getAsJsonObject("cardParamMap");
        assertThat(params.get("title").getAsString()).isEqualTo("拜访结果");
        assertThat(params.get("buttons").isJsonPrimitive()).as("card params are strings").isTrue();
        assertThat(fake.requests(BATCH_PATH)).isEmpty();
    }

    @Test
    void httpModeCardsCarryTheCallbackRouteKey() {
        fake.byDefault(CARD_PATH, 200, "{\"success\":true,\"result\":{\"outTrackId\":\"visit-1\",\"deliverResults\":"
                + "[{\"spaceType\":\"IM_ROBOT\",\"spaceId\":\"rep001\",\"success\":true}]}}");

        assertThat(sender("tpl-123.schema", "salesbot-route").send("rep001", promptCard(null))).isEqualTo(new SendResult.Sent());

        JsonObject body = json(fake.requests(CARD_PATH).get(0).bodyText());
        assertThat(body.get("callbackType").getAsString()).isEqualTo("HTTP");
        assertThat(body.get("callbackRouteKey").getAsString()).isEqualTo("salesbot-route");
    }

    @Test
    void aTokenOutageKeepsTheMessageForLater() {
        fake.clearQueue(TOKEN_PATH).byDefault(TOKEN_PATH, 400, "{\"code\":\"invalidClientSecret\",\"message\":\"bad secret\",\"requestid\":\"r\"}");

        SendResult result = sender(null).send("rep001", new TextMessage("你好"));

        assertThat(result).isInstanceOf(SendResult.Retry.class);
        assertThat(((SendResult.Retry) result).error()).startsWith("no access token").doesNotContain("appSecret1");
        assertThat(fake.requests(BATCH_PATH)).isEmpty();
    }

    @Test
    void anUndeliveredCardIsNotSuccess() {
        fake.byDefault(CARD_PATH, 200, "{\"success\":true,\"result\":{\"outTrackId\":\"visit-1\",\"deliverResults\":"
                + "[{\"spaceType\":\"IM_ROBOT\",\"spaceId\":\"rep001\",\"success\":false,\"errorMsg\":\"robot not in chat\"}]}}");

        assertThat(sender("tpl-123.schema").send("rep001", promptCard(null)))
                .isEqualTo(new SendResult.Retry(Duration.ofSeconds(30), "card not delivered: IM_ROBOT: robot not in chat"));
    }

    @Test
    void withoutTemplateThePromptIsMarkdownListingTheRepliesAndTheBodyIsComplete() {
        assertThat(sender(null).send("rep001", promptCard(null))).isEqualTo(new SendResult.Sent());

        assertThat(fake.requests(CARD_PATH)).isEmpty();
        JsonObject body = json(fake.requests(BATCH_PATH).get(0).bodyText());
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleMarkdown");
        assertThat(body.get("robotCode").getAsString()).isEqualTo("robot1");
        assertThat(body.getAsJsonArray("userIds").get(0).getAsString()).isEqualTo("rep001");
        assertThat(body.get("msgParam").isJsonPrimitive()).as("msgParam is a JSON string").isTrue();
        fake.assertNoViolations();
    }

    @Test
    void everyCardOfOnePromptGetsItsOwnOutTrackIdAndTheClickedOneIsUpdated() {
        fake.byDefault(CARD_PATH, 200, "{\"success\":true,\"result\":{\"outTrackId\":\"x\",\"deliverResults\":"
                + "[{\"spaceType\":\"IM_ROBOT\",\"spaceId\":\"rep001\",\"success\":true}]}}");
        fake.byDefault(UPDATE_PATH, 200, "{\"success\":true,\"result\":true}");
        DingtalkSender sender = sender("tpl-123.schema");
        assertThat(sender.send("rep001", promptCard(null))).isEqualTo(new SendResult.Sent());
        assertThat(sender.send("rep001", promptCard(null))).isEqualTo(new SendResult.Sent());
        String first = json(fake.requests(CARD_PATH).get(0).bodyText()).get("outTrackId").getAsString();
        String second = json(fake.requests(CARD_PATH).get(1).bodyText()).get("outTrackId").getAsString();
        assertThat(first).isNotEqualTo(second);

        Card done = new Card("拜访结果", Tone.SUCCESS, List.of("已选择：已预约演示"), List.of(), null, List.of(), "visit-1", null);
        assertThat(sender.updateCard("rep001", "visit-1", second, done)).isEqualTo(new SendResult.Sent());
        assertThat(json(fake.requests(UPDATE_PATH).get(0).bodyText()).get("outTrackId").getAsString()).isEqualTo(second);
        fake.assertNoViolations();
    }

    @Test
    void updateCardPutsTheNewDataByKey() {
        fake.byDefault(UPDATE_PATH, 200, "{\"success\":true,\"result\":true}");
        fake.byDefault(CARD_PATH, 200, "{\"success\":true,\"result\":{\"outTrackId\":\"visit-1\",\"deliverResults\":"
                + "[{\"spaceType\":\"IM_ROBOT\",\"spaceId\":\"rep001\",\"success\":true}]}}");
        sender("tpl-123.schema").send("rep001", promptCard(null));
        String sentId = json(fake.requests(CARD_PATH).get(0).bodyText()).get("outTrackId").getAsString();
        Card done = new Card("拜访结果", Tone.SUCCESS, List.of("已选择：已预约演示"), List.of(), null, List.of(), "visit-1", null);

        assertThat(sender("tpl-123.schema").updateCard("rep001", "visit-1", sentId, done)).isEqualTo(new SendResult.Sent());

        Recorded update = fake.requests(UPDATE_PATH).get(0);
        assertThat(update.method()).isEqualTo("PUT");
        JsonObject body = json(update.bodyText());
        assertThat(body.get("outTrackId").getAsString()).isEqualTo(sentId);
        assertThat(body.getAsJsonObject("cardUpdateOptions").get("updateCardDataByKey").getAsBoolean()).isTrue();
        assertThat(body.getAsJsonObject("cardData").getAsJsonObject("cardParamMap").get("tone").getAsString()).isEqualTo("success");
        assertThat(body.getAsJsonObject("cardData").getAsJsonObject("cardParamMap").get("buttons").getAsString()).isEqualTo("[]");
    }

    @Test
    void workNoticeCarriesAgentRecipientAndTodaysDate() {
        SendResult result = sender(null).send("notice:mgr001",
                new Card("晨会摘要", Tone.NORMAL, List.of("昨日有效触达 12 次"), List.of(), null, List.of(), null, null));

        assertThat(result).isEqualTo(new SendResult.Sent());
        Recorded notice = fake.requests(NOTICE_PATH).get(0);
        assertThat(notice.query()).contains("access_token=token-one");
        String body = URLDecoder.decode(notice.bodyText(), StandardCharsets.UTF_8);
        assertThat(body).contains("9001").contains("mgr001").contains("markdown")
                .contains("晨会摘要 · 11月27日").contains("2026-11-27");
    }

    @Test
    void workNoticeDateFollowsShanghaiMidnightNotTheClockZone() {
        DingtalkSender sender = sender(null);
        clock.set(SHANGHAI_MIDNIGHT - 1);
        sender.send("notice:mgr001", new TextMessage("提醒"));
        clock.set(SHANGHAI_MIDNIGHT);
        sender.send("notice:mgr001", new TextMessage("提醒"));

        List<String> bodies = fake.requests(NOTICE_PATH).stream()
                .map(r -> URLDecoder.decode(r.bodyText(), StandardCharsets.UTF_8)).toList();
        assertThat(bodies.get(0)).contains("2026-11-26").doesNotContain("2026-11-27");
        assertThat(bodies.get(1)).contains("2026-11-27");
    }

    @Test
    void workNoticeErrcodesAreClassified() {
        fake.thenOnce(NOTICE_PATH, 200, "{\"errcode\":40014,\"errmsg\":\"不合法的access_token\"}");
        DingtalkSender sender = sender(null);

        assertThat(sender.send("notice:mgr001", new TextMessage("提醒"))).isEqualTo(new SendResult.Sent());
        assertThat(fake.requests(TOKEN_PATH)).hasSize(2);
        assertThat(fake.requests(NOTICE_PATH).get(1).query()).contains("access_token=token-two");

        fake.thenOnce(NOTICE_PATH, 200, "{\"errcode\":33012,\"errmsg\":\"无效的USERID\"}");
        assertThat(sender.send("notice:ghost", new TextMessage("提醒")))
                .isEqualTo(new SendResult.Permanent("asyncsendV2 failed: errcode 33012 无效的USERID"));
    }

    @Test
    void aFlowControlledImageAfterTheCardResendsOnlyTheImage() {
        fake.thenOnce(BATCH_PATH, 200, DELIVERED).thenOnce(BATCH_PATH, 200,
                "{\"processQueryKey\":\"pq2\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[\"rep001\"]}");
        Card withImage = new Card("团队热力图", Tone.NORMAL, List.of("昨日有效触达"), List.of(),
                new CardImage("heatmap", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "热力图"), List.of(), null, null);
        int[] done = {0};
        SendProgress progress = new SendProgress() {
            @Override
            public String key() {
                return "outbox-9";
            }

            @Override
            public int partsDone() {
                return done[0];
            }

            @Override
            public boolean partSent(int partsDone) {
                done[0] = partsDone;
                return true;
            }
        };
        DingtalkSender sender = sender(null);

        SendResult first = sender.send("rep001", withImage, progress);
        assertThat(first).isInstanceOfSatisfying(SendResult.Retry.class, r -> assertThat(r.unavailable()).isTrue());
        assertThat(done[0]).isEqualTo(1);
        assertThat(sender.send("rep001", withImage, progress)).isEqualTo(new SendResult.Sent());

        assertThat(fake.requests(BATCH_PATH)).extracting(r -> json(r.bodyText()).get("msgKey").getAsString())
                .containsExactly("sampleMarkdown", "sampleImageMsg", "sampleImageMsg");
    }
}

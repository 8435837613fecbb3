package com.salesbot.adapters.dingtalk.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.FileContents;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.testdata.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link FileMessage} through the official SDKs against the fake: media upload type=file (oapi) under the file's
 * name, then robot batchSend with msgKey sampleFile and its media id. Files DingTalk would refuse or whose bytes are
 * gone go out as the fallback link.
 */
class DingtalkFileMessageTest {
    private static final String TOKEN_PATH = "/v1.0/oauth2/accessToken";
    private static final String BATCH_PATH = "/v1.0/robot/oToMessages/batchSend";
    private static final String UPLOAD_PATH = "/media/upload";
    private static final String DELIVERED =
            "{\"processQueryKey\":\"pq1\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}";

    private final MutableClock clock = new MutableClock(1_795_708_800_000L, ZoneId.of("UTC"));
    private final Map<String, byte[]> stored = new HashMap<>();
    private FakeDingtalkServer fake;
    private DingtalkSender sender;

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeDingtalkServer()
                .byDefault(TOKEN_PATH, 200, "{\"accessToken\":\"token-one\",\"expireIn\":7200}")
                .byDefault(BATCH_PATH, 200, DELIVERED);
        DingtalkSettings settings = new DingtalkSettings("appKey1", "appSecret1", "robot1", 9001L, fake.baseUrl(),
                fake.baseUrl(), null, null, Duration.ofSeconds(2), Duration.ofSeconds(2));
        DingtalkOpenApi openApi = new DingtalkOpenApi(settings);
        var tokens = new DingtalkAccessTokenProvider(settings.appKey(), openApi::fetchAccessToken,
                new InMemoryKeyValueStore(clock), new InMemoryLockService(clock), clock);
        FileContents files = ref -> Optional.ofNullable(stored.get(ref));
        sender = new DingtalkSender(settings, openApi, new DingtalkOapi(settings), tokens,
                new DingtalkMessageRenderer(), clock, files);
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private static FileMessage quote(String number) {
        return new FileMessage("报价单-" + number + ".pdf", "quote:" + number,
                "报价单 " + number + " PDF：https://bot.example.com/push-files/t/x.pdf");
    }

    private static JsonObject param(FakeDingtalkServer.Recorded send) {
        JsonObject body = JsonParser.parseString(send.bodyText()).getAsJsonObject();
        return JsonParser.parseString(body.get("msgParam").getAsString()).getAsJsonObject();
    }

    @Test
    void theFileIsUploadedAndSentAsSampleFile() {
        byte[] pdf = "%PDF-1.7 a quote".getBytes(StandardCharsets.US_ASCII);
        stored.put("quote:BJ-20261203-001", pdf);

        assertThat(sender.send("rep001", quote("BJ-20261203-001"))).isEqualTo(new SendResult.Sent());

        fake.assertNoViolations();
        FakeDingtalkServer.UploadedFile uploaded = fake.files().values().iterator().next();
        assertThat(uploaded.fileName()).isEqualTo("报价单-BJ-20261203-001.pdf");
        assertThat(uploaded.content()).isEqualTo(pdf);
        FakeDingtalkServer.Recorded send = fake.requests(BATCH_PATH).get(0);
        JsonObject body = JsonParser.parseString(send.bodyText()).getAsJsonObject();
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleFile");
        assertThat(param(send).get("mediaId").getAsString()).isEqualTo(uploaded.mediaId());
        assertThat(param(send).get("fileName").getAsString()).isEqualTo("报价单-BJ-20261203-001.pdf");
        assertThat(param(send).get("fileType").getAsString()).isEqualTo("pdf");
    }

    @Test
    void aFileAtTheLimitIsSentOneByteOverGoesAsTheLink() {
        stored.put("quote:AT", new byte[FileContents.MAX_FILE_BYTES]);
        stored.put("quote:OVER", new byte[FileContents.MAX_FILE_BYTES + 1]);

        assertThat(sender.send("rep001", quote("AT"))).isEqualTo(new SendResult.Sent());
        assertThat(fake.files().values()).singleElement()
                .satisfies(u -> assertThat(u.content()).hasSize(FakeDingtalkServer.FILE_LIMIT));

        assertThat(sender.send("rep001", quote("OVER"))).isEqualTo(new SendResult.Sent());
        assertThat(fake.requests(UPLOAD_PATH)).hasSize(1);
        FakeDingtalkServer.Recorded link = fake.requests(BATCH_PATH).get(1);
        assertThat(JsonParser.parseString(link.bodyText()).getAsJsonObject().get("msgKey").getAsString())
                .isEqualTo("sampleText");
        assertThat(param(link).get("content").getAsString()).contains("https://bot.example.com/push-files/");
        fake.assertNoViolations();
    }

    @Test
    void bytesNoLongerAvailableGoAsTheLinkAndARefusedUploadIsNotSent() {
        assertThat(sender.send("rep001", quote("GONE"))).isEqualTo(new SendResult.Sent());
        assertThat(fake.requests(UPLOAD_PATH)).isEmpty();
        assertThat(param(fake.requests(BATCH_PATH).get(0)).get("content").getAsString()).contains("报价单 GONE");

        stored.put("quote:BAD", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        fake.thenOnce(UPLOAD_PATH, 200, "{\"errcode\":40006,\"errmsg\":\"不合法的文件大小\"}");
        SendResult refused = sender.send("rep001", quote("BAD"));
        assertThat(refused).isNotEqualTo(new SendResult.Sent());
        assertThat(fake.requests(BATCH_PATH)).hasSize(1);
    }
}

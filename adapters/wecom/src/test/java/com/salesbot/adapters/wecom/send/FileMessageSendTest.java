package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.FileContents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link FileMessage} through WxJava against the fake: the bytes are loaded by reference when sending, uploaded
 * with media/upload type=file under the file's own name, then sent as msgtype=file with the returned media_id. A file
 * WeCom would refuse (over 20 MB) or whose bytes are gone goes out as the fallback link instead.
 */
class FileMessageSendTest {
    private static final String UPLOAD = "/cgi-bin/media/upload";
    private static final String SEND = "/cgi-bin/message/send";
    private final Map<String, byte[]> stored = new HashMap<>();
    private WecomFixture f;
    private WecomSender sender;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
        FileContents files = ref -> Optional.ofNullable(stored.get(ref));
        sender = new WecomSender(f.cp, new WecomMessageRenderer(f.settings.agentId(), "销售助手"),
                new MemberRateLimit(f.limiter, f.settings.corpId(), f.settings.agentId()),
                new WecomImageUploader(f.cp), Duration.ofMinutes(30), f.kv, "销售助手", files);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static FileMessage quote(String number) {
        return new FileMessage("报价单-" + number + ".pdf", "quote:" + number,
                "报价单 " + number + " PDF：https://bot.example.com/push-files/t/x.pdf");
    }

    @Test
    void theFileIsUploadedByNameAndSentAsAFileMessage() {
        byte[] pdf = "%PDF-1.7 a quote".getBytes(StandardCharsets.US_ASCII);
        stored.put("quote:BJ-20261203-001", pdf);

        assertThat(sender.send("rep001", quote("BJ-20261203-001"))).isEqualTo(new SendResult.Sent());

        assertThat(f.fake.violations()).isEmpty();
        assertThat(f.fake.requests(UPLOAD)).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("type", "file"));
        FakeWecomServer.UploadedFile uploaded = f.fake.files().values().iterator().next();
        assertThat(uploaded.fileName()).isEqualTo("报价单-BJ-20261203-001.pdf");
        assertThat(uploaded.content()).isEqualTo(pdf);
        assertThat(f.fake.requests(SEND)).singleElement().satisfies(r -> {
            assertThat(r.json().get("msgtype").getAsString()).isEqualTo("file");
            assertThat(r.json().getAsJsonObject("file").get("media_id").getAsString())
                    .isEqualTo(uploaded.mediaId());
            assertThat(r.json().get("touser").getAsString()).isEqualTo("rep001");
        });
    }

    @Test
    void aFileAtTheLimitIsSentOneByteOverGoesAsTheLink() {
        stored.put("quote:AT", new byte[FileContents.MAX_FILE_BYTES]);
        stored.put("quote:OVER", new byte[FileContents.MAX_FILE_BYTES + 1]);

        assertThat(sender.send("rep001", quote("AT"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.files().values()).singleElement()
                .satisfies(u -> assertThat(u.content()).hasSize(FakeWecomServer.FILE_LIMIT));

        assertThat(sender.send("rep001", quote("OVER"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(UPLOAD)).hasSize(1); // nothing uploaded for the oversized file
        assertThat(f.fake.requests(SEND)).hasSize(2).last().satisfies(r -> {
            assertThat(r.json().get("msgtype").getAsString()).isEqualTo("text");
            assertThat(r.json().getAsJsonObject("text").get("content").getAsString())
                    .contains("报价单 OVER PDF：https://bot.example.com/push-files/");
        });
        assertThat(f.fake.violations()).isEmpty();
    }

    @Test
    void bytesNoLongerAvailableGoAsTheLink() {
        assertThat(sender.send("rep001", quote("GONE"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(UPLOAD)).isEmpty();
        assertThat(f.fake.requests(SEND)).singleElement().satisfies(r ->
                assertThat(r.json().get("msgtype").getAsString()).isEqualTo("text"));
    }

    @Test
    void aBusyUploadIsARetryAndTheRetrySendsTheFileOnce() {
        stored.put("quote:BJ-1", "%PDF-1.7 retry".getBytes(StandardCharsets.US_ASCII));
        f.fake.failNext(UPLOAD, 45009, "api freq out of limit");

        assertThat(sender.send("rep001", quote("BJ-1"))).isInstanceOf(SendResult.Retry.class);
        assertThat(f.fake.requests(SEND)).isEmpty();

        assertThat(sender.send("rep001", quote("BJ-1"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(SEND)).singleElement().satisfies(r ->
                assertThat(r.json().get("msgtype").getAsString()).isEqualTo("file"));
    }

    @Test
    void theFakeRefusesAFileOverWecomsLimitWithInvalidFileSize() throws Exception {
        // the sender never uploads one (see above); the fake answers as WeCom documents when a client does
        java.nio.file.Path big = java.nio.file.Files.createTempFile("big-", ".bin");
        try {
            java.nio.file.Files.write(big, new byte[FakeWecomServer.FILE_LIMIT + 1]);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.cp.getMediaService()
                            .upload(me.chanjar.weixin.common.api.WxConsts.MediaFileType.FILE, big.toFile()))
                    .isInstanceOf(me.chanjar.weixin.common.error.WxErrorException.class)
                    .hasMessageContaining("40006");
        } finally {
            java.nio.file.Files.deleteIfExists(big);
        }
        assertThat(f.fake.files()).isEmpty();
    }
}

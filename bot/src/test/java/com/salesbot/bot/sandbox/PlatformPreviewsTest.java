package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.bot.sandbox.SandboxDelivery.Previews;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The previews are produced by the real WeCom and DingTalk renderers, not by a sandbox imitation. */
class PlatformPreviewsTest {
    private final PlatformPreviews previews = new PlatformPreviews(1000002, "销售助手", "dingRobot1");

    private static Card resultCard(String promptId) {
        return new Card("30秒打卡：这次沟通结果如何？", Tone.NORMAL, List.of("客户：华东精密"),
                List.of(new CardField("时长", "3分钟", true)), null,
                List.of(new CardButton("tag:A", "有意向", true), new CardButton("tag:B", "需跟进", false)), promptId,
                null);
    }

    @Test
    void anInteractiveCardIsAWecomTemplateCardAndTheCompleteDingtalkBatchSendBody() {
        Previews p = previews.of("r1", resultCard("r-7"));
        assertThat(p.wecom()).contains("POST /cgi-bin/message/send", "\"template_card\"", "\"button_interaction\"",
                "\"task_id\": \"r-7@", "\"agentid\": 1000002", "\"touser\": \"r1\"", "有意向");
        JsonObject body = JsonParser.parseString(p.dingtalk()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("body");
        assertThat(body.get("robotCode").getAsString()).isEqualTo("dingRobot1");
        assertThat(body.getAsJsonArray("userIds").get(0).getAsString()).isEqualTo("r1");
        assertThat(body.get("msgKey").getAsString()).isEqualTo("sampleMarkdown");
        assertThat(body.get("msgParam").isJsonPrimitive()).as("msgParam is a JSON string, as the API takes it").isTrue();
        assertThat(body.get("msgParam").getAsString()).contains("直接回复：有意向 / 需跟进");
        assertThat(p.dingtalk()).contains("cardParamMap", "tag:A").doesNotContain("dtmd://");
    }

    @Test
    void textIsPlainTextOnBothPlatforms() {
        Previews p = previews.of("r1", new TextMessage("好的，这次不加备注。"));
        assertThat(p.wecom()).contains("\"msgtype\": \"text\"", "好的，这次不加备注。");
        assertThat(p.dingtalk()).contains("sampleText", "好的，这次不加备注。").doesNotContain("cardParamMap");
    }

    @Test
    void aFileIsAnUploadThenAFileMessageOnBothPlatforms() {
        Previews p = previews.of("r1", new com.salesbot.core.card.FileMessage("报价单-BJ-20261203-001.pdf",
                "quote:BJ-20261203-001", "报价单 PDF：https://bot.example.com/f"));
        assertThat(p.wecom()).contains("/cgi-bin/media/upload?type=file", "\"msgtype\": \"file\"",
                "MEDIA_ID_OF_报价单-BJ-20261203-001.pdf");
        assertThat(p.dingtalk()).contains("/media/upload?type=file", "sampleFile", "fileType");
    }

    @Test
    void aCardImageFollowsAsAnImageMessageWithAPlaceholderMediaId() {
        Card card = new Card("目标健康度", Tone.DANGER, List.of("缺口较大"), List.of(),
                new CardImage("target.png", new byte[]{1, 2, 3}, "目标图"), List.of(), null, null);
        Previews p = previews.of("r1", card);
        assertThat(p.wecom()).contains("\"msgtype\": \"markdown\"", "\"msgtype\": \"image\"",
                PlatformPreviews.MEDIA_PLACEHOLDER + "target.png");
        assertThat(p.dingtalk()).contains("sampleMarkdown", "sampleImageMsg",
                PlatformPreviews.MEDIA_PLACEHOLDER + "target.png");
    }

    @Test
    void aPromptIdWecomRefusesIsReportedInsteadOfBreakingTheSandbox() {
        Previews p = previews.of("r1", resultCard("r:7"));
        assertThat(p.wecom()).startsWith("WeCom cannot show this message").contains("task_id");
        assertThat(p.dingtalk()).contains("sampleMarkdown");
    }

    @Test
    void anUpdateShowsTheCompleteUpdateBodies() {
        Previews p = previews.ofUpdate("r1", resultCard("r-7"));
        assertThat(p.wecom()).contains("POST /cgi-bin/message/update_template_card", "\"template_card\"",
                "\"task_id\": \"r-7@", "\"agentid\": 1000002", "\"response_code\": \"" + PlatformPreviews.RESPONSE_CODE_PLACEHOLDER,
                "\"userids\"");
        assertThat(p.dingtalk()).contains("\"title\": \"30秒打卡：这次沟通结果如何？\"", "\"buttons\"");
    }
}

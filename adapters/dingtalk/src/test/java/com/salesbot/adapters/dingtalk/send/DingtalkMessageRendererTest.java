package com.salesbot.adapters.dingtalk.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DingtalkMessageRendererTest {
    private final DingtalkMessageRenderer renderer = new DingtalkMessageRenderer();

    private static JsonObject param(RobotMessage message) {
        return JsonParser.parseString(message.msgParam()).getAsJsonObject();
    }

    private static Card cardWithButtons(int count) {
        List<CardButton> buttons = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new CardButton("tag" + i, "选项 " + i, i == 1)).toList();
        return new Card("拜访结果", Tone.NORMAL, List.of("请选择结果标签"), List.of(), null, buttons, "visit-1", null);
    }

    @Test
    void textBecomesSampleText() {
        List<RobotMessage> messages = renderer.robotMessages(new TextMessage("已记录，谢谢"), null);

        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).msgKey()).isEqualTo("sampleText");
        assertThat(param(messages.get(0)).get("content").getAsString()).isEqualTo("已记录，谢谢");
    }

    @Test
    void cardWithoutButtonsIsMarkdownWithFieldsInToneColour() {
        Card card = new Card("目标健康度", Tone.DANGER, List.of("储备不足，缺口预警"),
                List.of(new CardField("完成率", "62%", false), new CardField("储备/缺口", "1.2", true)),
                null, List.of(), null, "回复备注（不超过20字）");

        RobotMessage message = renderer.robotMessages(card, null).get(0);

        assertThat(message.msgKey()).isEqualTo("sampleMarkdown");
        assertThat(param(message).get("title").getAsString()).isEqualTo("🔴 目标健康度");
        assertThat(param(message).get("text").getAsString()).isEqualTo("### 🔴 目标健康度\n\n储备不足，缺口预警"
                + "\n\n**完成率**：62%\n\n**储备/缺口**：<font color=#F5222D>1.2</font>\n\n> 回复备注（不超过20字）");
        assertThat(message.msgParam()).contains("<font").doesNotContain("\\u003c");
    }

    @Test
    void oneButtonIsASingleActionCardThatSendsTheLabelBack() {
        RobotMessage message = renderer.robotMessages(cardWithButtons(1), null).get(0);

        assertThat(message.msgKey()).isEqualTo("sampleActionCard");
        assertThat(param(message).get("singleTitle").getAsString()).isEqualTo("选项 1");
        assertThat(param(message).get("singleURL").getAsString())
                .isEqualTo("dtmd://dingtalkclient/sendMessage?content=%E9%80%89%E9%A1%B9%201");
    }

    @Test
    void twoToFiveButtonsUseTheNumberedActionCard() {
        RobotMessage two = renderer.robotMessages(cardWithButtons(2), null).get(0);
        RobotMessage five = renderer.robotMessages(cardWithButtons(5), null).get(0);

        assertThat(two.msgKey()).isEqualTo("sampleActionCard2");
        assertThat(five.msgKey()).isEqualTo("sampleActionCard5");
        assertThat(param(five).get("actionTitle5").getAsString()).isEqualTo("选项 5");
        assertThat(param(five).get("actionURL5").getAsString()).endsWith("%205");
        assertThat(param(five).has("actionTitle6")).isFalse();
    }

    @Test
    void sixButtonsFallBackToMarkdownListingTheOptions() {
        RobotMessage six = renderer.robotMessages(cardWithButtons(6), null).get(0);

        assertThat(six.msgKey()).isEqualTo("sampleMarkdown");
        assertThat(param(six).get("text").getAsString()).contains("请直接回复以下选项之一：").contains("6. 选项 6");
    }

    @Test
    void anUploadedImageFollowsAsImageMessage() {
        List<RobotMessage> messages = renderer.robotMessages(cardWithButtons(0), "@lAzImage");

        assertThat(messages).extracting(RobotMessage::msgKey).containsExactly("sampleMarkdown", "sampleImageMsg");
        assertThat(param(messages.get(1)).get("photoURL").getAsString()).isEqualTo("@lAzImage");
    }

    @Test
    void interactiveCardParamsAreStrings() {
        Map<String, String> params = renderer.cardParams(cardWithButtons(2));

        assertThat(params).containsEntry("title", "拜访结果").containsEntry("tone", "normal")
                .containsEntry("content", "请选择结果标签").containsEntry("hint", "");
        assertThat(JsonParser.parseString(params.get("buttons")).getAsJsonArray()).hasSize(2);
        assertThat(JsonParser.parseString(params.get("buttons")).getAsJsonArray().get(0).getAsJsonObject()
                .get("key").getAsString()).isEqualTo("tag1");
    }

    @Test
    void workNoticesCarryTheDateSoDailyRepeatsAreNotFiltered() {
        Card digest = new Card("晨会摘要", Tone.NORMAL, List.of("昨日有效触达 12 次"), List.of(), null, List.of(), null, null);

        var monday = renderer.workNotice(digest, LocalDate.of(2026, 11, 30), "@lAheat");
        var tuesday = renderer.workNotice(digest, LocalDate.of(2026, 12, 1), "@lAheat");

        assertThat(monday.title()).isEqualTo("晨会摘要 · 11月30日");
        assertThat(monday.markdown()).contains("昨日有效触达 12 次").contains("![图表](@lAheat)").endsWith("> 2026-11-30");
        assertThat(tuesday.markdown()).isNotEqualTo(monday.markdown());
    }
}

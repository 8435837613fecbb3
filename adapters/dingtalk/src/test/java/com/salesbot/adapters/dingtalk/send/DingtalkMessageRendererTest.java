package com.salesbot.adapters.dingtalk.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardLink;
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
    void withoutAnInteractiveTemplateOptionsAreTypedRepliesNeverDtmdLinks() {
        for (int n : new int[] {1, 2, 5, 6}) {
            RobotMessage message = renderer.robotMessages(cardWithButtons(n), null).get(0);
            assertThat(message.msgKey()).isEqualTo("sampleMarkdown");
            String text = param(message).get("text").getAsString();
            assertThat(text).contains("直接回复：选项 1").contains("选项 " + n).doesNotContain("dtmd://", "点");
        }
    }

    @Test
    void aCardLinkIsTheActionCardsOnlyButtonWithAnAbsoluteUrl() {
        Card card = new Card("线索停留 Top10", Tone.WARNING, List.of("停留最久的线索"), null, null, null, null, null,
                new CardLink("下载完整名单", "https://bot.example.com/push-files/abc/top10.csv?exp=1&sig=x", "条"));
        RobotMessage message = renderer.robotMessages(card, null).get(0);
        assertThat(message.msgKey()).isEqualTo("sampleActionCard");
        assertThat(param(message).get("singleTitle").getAsString()).isEqualTo("下载完整名单");
        assertThat(param(message).get("singleURL").getAsString()).startsWith("https://bot.example.com/push-files/");
    }

    @Test
    void userTextIsEscapedSoItCannotBecomeALinkImageOrColour() {
        String pain = "![x](http://evil.example/a.png) [报价单](http://evil.example) **急** <font color=#F00>红</font>";
        Card card = new Card("线索已登记", Tone.SUCCESS, List.of("- 列表？"), List.of(new CardField("核心痛点", pain, false)),
                null, null, null, null);
        String text = param(renderer.robotMessages(card, null).get(0)).get("text").getAsString();
        assertThat(text).doesNotContain("](http", "**急**", "<font color=#F00>", "\n\n- ")
                .contains("［报价单］（http://evil.example）", "＊＊急＊＊", "**核心痛点**：");
    }

    @Test
    void aWorkNoticeForALargeTeamIsCutRedFirstWithinItsBytes() {
        List<String> lines = new java.util.ArrayList<>(List.of("红色预警 50 人："));
        for (int i = 0; i < 300; i++) {
            lines.add((i < 50 ? "🔴 " : "🟢 ") + "销售" + i + "：完成12%，缺口¥120,000");
        }
        Card card = new Card("团队目标", Tone.DANGER, lines, null, null, null, null, null,
                new CardLink("完整名单", "https://bot.example.com/x", "人"));
        var notice = renderer.workNotice(card, java.time.LocalDate.of(2026, 3, 2), null);
        assertThat(DingtalkMessageRenderer.noticeSize(notice.title(), notice.markdown())).isLessThanOrEqualTo(2048);
        assertThat(notice.markdown()).contains("🔴 销售0：", "人未列出，见完整名单。", "[完整名单](https://bot.example.com/x)")
                .doesNotContain("销售299");
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

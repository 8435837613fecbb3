package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import org.junit.jupiter.api.Test;

class WecomMessageRendererTest {
    private final WecomMessageRenderer renderer = new WecomMessageRenderer(1000002, "销售助手");
    private static final ImageUploader NO_UPLOAD = image -> {
        throw new AssertionError("no upload expected");
    };

    private static JsonObject json(WxCpMessage m) {
        return JsonParser.parseString(m.toJson()).getAsJsonObject();
    }

    private static Card visitCard(String promptId) {
        return new Card("拜访结果", Tone.NORMAL, List.of("客户：张三", "请选择本次拜访结果"),
                List.of(new CardField("完成率", "62%", true), new CardField("客户", "张三", false)), null,
                List.of(new CardButton("visit_tag_deal", "成交", true), new CardButton("visit_tag_follow", "跟进", false)),
                promptId, null);
    }

    @Test
    void textBecomesATextMessage() throws Exception {
        List<WxCpMessage> out = renderer.render("rep001", new TextMessage("你好"), NO_UPLOAD);
        JsonObject j = json(out.get(0));
        assertThat(out).hasSize(1);
        assertThat(j.get("msgtype").getAsString()).isEqualTo("text");
        assertThat(j.get("touser").getAsString()).isEqualTo("rep001");
        assertThat(j.get("agentid").getAsInt()).isEqualTo(1000002);
        assertThat(j.getAsJsonObject("text").get("content").getAsString()).isEqualTo("你好");
    }

    @Test
    void textAtTheByteLimitIsOneMessageAndLongerTextIsSplitAtASentenceEndWithNothingLost() throws Exception {
        String exact = "中".repeat(682) + "ab"; // 682*3 + 2 = 2048 bytes
        List<WxCpMessage> kept = renderer.render("u", new TextMessage(exact), NO_UPLOAD);
        assertThat(kept).hasSize(1);
        assertThat(json(kept.get(0)).getAsJsonObject("text").get("content").getAsString()).isEqualTo(exact);

        String over = "中".repeat(500) + "。" + "文".repeat(300); // 2,403 bytes
        List<WxCpMessage> parts = renderer.render("u", new TextMessage(over), NO_UPLOAD);
        assertThat(parts).hasSize(2);
        String first = json(parts.get(0)).getAsJsonObject("text").get("content").getAsString();
        String second = json(parts.get(1)).getAsJsonObject("text").get("content").getAsString();
        assertThat(first).isEqualTo("中".repeat(500) + "。");
        assertThat(second).isEqualTo("文".repeat(300));
        assertThat(renderer.messageCount(new TextMessage(over))).isEqualTo(2);
    }

    @Test
    void userTextCannotBecomeALinkBoldOrColourInMarkdown() throws Exception {
        String pain = "[报价单](http://evil.example/x) **急** <font color=\"warning\">红</font> # 标题";
        Card card = new Card("线索已登记", Tone.SUCCESS, List.of("首次接触时间已自动记录。"),
                List.of(new CardField("核心痛点", pain, false)), null, null, null, null);
        String md = json(renderer.render("u", card, NO_UPLOAD).get(0)).getAsJsonObject("markdown")
                .get("content").getAsString();
        assertThat(md).doesNotContain("[报价单](", "**急**", "<font color=\"warning\">红", "# 标题")
                .contains("［报价单］（http://evil.example/x）", "＊＊急＊＊", "＜font");
        // the bot's own markup is still there
        assertThat(md).startsWith("<font color=\"info\">**线索已登记**</font>");
    }

    @Test
    void aLongListIsCutRedFirstToTheLimitWithHowManyAreLeftAndTheAbsoluteLink() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("红色预警 50 人，排在最前面："));
        IntStream.range(0, 300).forEach(i -> lines.add((i < 50 ? "🔴 " : "🟢 ") + "销售" + i + "：完成12%，缺口¥120,000"));
        Card card = new Card("全部团队 · 3月目标健康度", Tone.DANGER, lines, null, null, null, null, null)
                .withLink(new com.salesbot.core.card.CardLink("完整名单", "https://bot.example.com/f/abc?sig=1", "人"));
        String md = json(renderer.render("u", card, NO_UPLOAD).get(0)).getAsJsonObject("markdown")
                .get("content").getAsString();
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(md).contains("🔴 销售0：", "[完整名单](https://bot.example.com/f/abc?sig=1)")
                .doesNotContain("🟢 销售299");
        int shown = (int) md.lines().filter(l -> l.startsWith("🔴") || l.startsWith("🟢")).count();
        assertThat(md).contains("还有" + (300 - shown) + "人未列出，见完整名单。");
        // every shown line is whole
        md.lines().filter(l -> l.startsWith("🔴") || l.startsWith("🟢")).forEach(l -> assertThat(l).endsWith(",000"));
    }

    @Test
    void linesThatDoNotFitTheTemplateCardFollowWholeInAMarkdownMessage() throws Exception {
        String talkTrack = "应对话术：“您说得对，价格确实是重要的考虑因素。我们来算一笔账：按三年使用周期，每天不到一杯咖啡的钱，"
                + "还包含上门培训和7×24小时服务，比同类产品少花的维护费就能抵掉差价。"
                + "如果您愿意，我把去年两家同行客户的实际节省明细发给您参考，看看是不是也适合贵公司的情况。”";
        Card card = new Card("已标记：价格异议", Tone.NORMAL, List.of("客户：华东精密机械制造有限公司", talkTrack), null,
                null, List.of(new CardButton("note", "补充备注", false)), "r-12", null);
        List<WxCpMessage> out = renderer.render("u", card, NO_UPLOAD);
        assertThat(out).hasSize(2);
        String sub = json(out.get(0)).getAsJsonObject("template_card").get("sub_title_text").getAsString();
        assertThat(sub).isEqualTo("客户：华东精密机械制造有限公司\n（详情见下一条消息）");
        String more = json(out.get(1)).getAsJsonObject("markdown").get("content").getAsString();
        assertThat(more).contains("价格确实是重要的考虑因素", "适合贵公司的情况。”");
    }

    @Test
    void cardWithButtonsAndPromptIdIsAButtonInteractionTemplateCard() throws Exception {
        JsonObject j = json(renderer.render("rep001", visitCard("visit-42"), NO_UPLOAD).get(0));
        assertThat(j.get("msgtype").getAsString()).isEqualTo("template_card");
        JsonObject card = j.getAsJsonObject("template_card");
        assertThat(card.get("card_type").getAsString()).isEqualTo("button_interaction");
        assertThat(card.get("task_id").getAsString()).startsWith("visit-42@").hasSize("visit-42@".length() + 8);
        assertThat(card.getAsJsonObject("main_title").get("title").getAsString()).isEqualTo("拜访结果");
        assertThat(card.get("sub_title_text").getAsString()).isEqualTo("客户：张三\n请选择本次拜访结果");
        assertThat(card.getAsJsonObject("source").get("desc").getAsString()).isEqualTo("销售助手");
        assertThat(card.getAsJsonObject("source").get("desc_color").getAsInt()).isZero();
        assertThat(card.getAsJsonObject("emphasis_content").get("title").getAsString()).isEqualTo("62%");
        assertThat(card.getAsJsonObject("emphasis_content").get("desc").getAsString()).isEqualTo("完成率");
        assertThat(card.getAsJsonArray("horizontal_content_list")).hasSize(1);
        assertThat(card.getAsJsonArray("horizontal_content_list").get(0).getAsJsonObject().get("keyname").getAsString())
                .isEqualTo("客户");
        var buttons = card.getAsJsonArray("button_list");
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).getAsJsonObject().get("key").getAsString()).isEqualTo("visit_tag_deal");
        assertThat(buttons.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("成交");
        assertThat(buttons.get(0).getAsJsonObject().get("style").getAsInt()).isEqualTo(1);
        assertThat(buttons.get(1).getAsJsonObject().get("style").getAsInt()).isEqualTo(2);
        assertThat(buttons.get(0).getAsJsonObject().get("type").getAsInt()).isZero();
    }

    @Test
    void toneColoursTheSource() throws Exception {
        Card danger = new Card("缺口预警", Tone.DANGER, List.of(), List.of(), null,
                List.of(new CardButton("k", "查看", true)), "gap-1", null);
        Card success = new Card("达成", Tone.SUCCESS, List.of(), List.of(), null,
                List.of(new CardButton("k", "查看", true)), "ok-1", null);
        assertThat(json(renderer.render("u", danger, NO_UPLOAD).get(0)).getAsJsonObject("template_card")
                .getAsJsonObject("source").get("desc_color").getAsInt()).isEqualTo(2);
        assertThat(json(renderer.render("u", success, NO_UPLOAD).get(0)).getAsJsonObject("template_card")
                .getAsJsonObject("source").get("desc_color").getAsInt()).isEqualTo(3);
    }

    @Test
    void atMostSixButtonsAndSixFields() throws Exception {
        List<CardButton> seven = IntStream.range(0, 7).mapToObj(i -> new CardButton("k" + i, "选项" + i, false)).toList();
        List<CardField> seven2 = IntStream.range(0, 7).mapToObj(i -> new CardField("项" + i, "值" + i, false)).toList();
        Card card = new Card("多选", Tone.NORMAL, List.of(), seven2, null, seven, "p-7", null);
        JsonObject tc = json(renderer.render("u", card, NO_UPLOAD).get(0)).getAsJsonObject("template_card");
        assertThat(tc.getAsJsonArray("button_list")).hasSize(6);
        assertThat(tc.getAsJsonArray("horizontal_content_list")).hasSize(6);
    }

    @Test
    void promptIdWeComWouldRefuseIsAnError() {
        assertThatThrownBy(() -> renderer.render("u", visitCard("拜访#42"), NO_UPLOAD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render("u", visitCard("a".repeat(129)), NO_UPLOAD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WecomMessageRenderer.isInteractive(visitCard("a".repeat(128)))).isTrue();
    }

    @Test
    void infoCardIsMarkdownWithHighlightedFieldsAndHint() throws Exception {
        Card info = new Card("今日目标", Tone.WARNING, List.of("还差 3 单"),
                List.of(new CardField("完成率", "62%", true), new CardField("目标", "10 单", false)), null, List.of(),
                null, "回复一条跟进备注");
        JsonObject j = json(renderer.render("u", info, NO_UPLOAD).get(0));
        assertThat(j.get("msgtype").getAsString()).isEqualTo("markdown");
        assertThat(j.getAsJsonObject("markdown").get("content").getAsString()).isEqualTo(
                "<font color=\"warning\">**今日目标**</font>\n还差 3 单\n> 完成率：<font color=\"warning\">62%</font>\n"
                        + "> 目标：10 单\n> <font color=\"comment\">回复提示：回复一条跟进备注</font>");
    }

    @Test
    void buttonsWithoutPromptIdBecomeAReplyHint() throws Exception {
        JsonObject j = json(renderer.render("u", visitCard(null), NO_UPLOAD).get(0));
        assertThat(j.get("msgtype").getAsString()).isEqualTo("markdown");
        assertThat(j.getAsJsonObject("markdown").get("content").getAsString()).contains("> 请回复：成交 / 跟进");
    }

    @Test
    void cardImageIsUploadedAndSentAfterTheCard() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Card card = new Card("热力图", Tone.NORMAL, List.of(), List.of(), new CardImage("heat.png", png, "热力图"),
                List.of(), null, null);
        List<CardImage> uploaded = new java.util.ArrayList<>();
        List<WxCpMessage> out = renderer.render("u", card, image -> {
            uploaded.add(image);
            return "MEDIA_1";
        });
        assertThat(renderer.messageCount(card)).isEqualTo(2);
        assertThat(renderer.messageCount(new TextMessage("x"))).isEqualTo(1);
        assertThat(out).hasSize(2);
        assertThat(uploaded).extracting(CardImage::name).containsExactly("heat.png");
        assertThat(json(out.get(1)).getAsJsonObject("image").get("media_id").getAsString()).isEqualTo("MEDIA_1");
    }
}

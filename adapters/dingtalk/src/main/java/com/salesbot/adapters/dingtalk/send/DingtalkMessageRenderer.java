package com.salesbot.adapters.dingtalk.send;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardFitter;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextCut;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns channel-neutral messages into DingTalk robot messages, interactive-card parameters and work-notice
 * markdown that always fit {@link DingtalkLimits}. Pure: no I/O; images arrive as already uploaded media ids.
 * <p>
 * Robot messages cannot send anything back when tapped (ActionCard buttons only open URLs), so without an
 * interactive card template a card's options are listed as typed replies ("直接回复：…"); the flows accept the option
 * names as text. A card's link becomes the ActionCard's one button. All card text is escaped ({@link DingtalkText});
 * only the card's link is a live link. Cards too long for a message are cut red-first by {@link CardFitter}.
 */
public final class DingtalkMessageRenderer {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    static final String REPLY_WITH = "直接回复：";

    public List<RobotMessage> robotMessages(OutgoingMessage message, String imageMediaId) {
        List<RobotMessage> messages = new ArrayList<>();
        if (message instanceof TextMessage text) {
            for (String part : TextCut.splitUtf8(text.text(), DingtalkLimits.ROBOT_TEXT_BYTES)) {
                messages.add(new RobotMessage("sampleText", json(Map.of("content", part))));
            }
            return messages;
        }
        Card card = (Card) message;
        messages.add(cardBody(card));
        if (imageMediaId != null) {
            messages.add(imageMessage(imageMediaId));
        }
        return messages;
    }

    /** An uploaded file as a robot file message (sampleFile: mediaId, fileName, fileType = the extension). */
    public RobotMessage fileMessage(String mediaId, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String type = dot < 0 ? "file" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return new RobotMessage("sampleFile", json(Map.of("mediaId", mediaId, "fileName", fileName, "fileType", type)));
    }

    /** An uploaded PNG as a robot image message. */
    public RobotMessage imageMessage(String mediaId) {
        return new RobotMessage("sampleImageMsg", json(Map.of("photoURL", mediaId)));
    }

    private RobotMessage cardBody(Card card) {
        String title = TextCut.toChars(headline(card), 30);
        if (card.link() == null) {
            String text = fitted(card, c -> TextCut.utf8Bytes(markdown(c, null, true)), DingtalkLimits.ROBOT_TEXT_BYTES,
                    c -> markdown(c, null, true));
            return new RobotMessage("sampleMarkdown", json(ordered("title", title, "text", text)));
        }
        // the link is the ActionCard's button (buttons of robot messages can only open URLs)
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", title);
        params.put("text", fitted(card, c -> TextCut.utf8Bytes(markdown(c, null, false)), DingtalkLimits.ROBOT_TEXT_BYTES,
                c -> markdown(c, null, false)));
        params.put("singleTitle", card.link().label());
        params.put("singleURL", card.link().url());
        return new RobotMessage("sampleActionCard", json(params));
    }

    private static String fitted(Card card, java.util.function.ToIntFunction<Card> size, int limit,
                                 java.util.function.Function<Card, String> render) {
        String text = render.apply(CardFitter.fit(card, size, limit));
        return TextCut.utf8Bytes(text) <= limit ? text : TextCut.splitUtf8(text, limit).get(0);
    }

    /**
     * The card as markdown: heading, lines, fields ("**label**：value"), an image, the options to reply with, the
     * reply hint and the link. All card text is escaped.
     */
    public String markdown(Card card, String imageMediaId) {
        return markdown(card, imageMediaId, true);
    }

    private String markdown(Card card, String imageMediaId, boolean withLink) {
        StringBuilder text = new StringBuilder("### ").append(DingtalkText.markdown(headline(card)));
        for (String line : card.lines()) {
            text.append("\n\n").append(DingtalkText.markdown(line));
        }
        for (CardField field : card.fields()) {
            text.append("\n\n**").append(DingtalkText.markdown(field.label())).append("**：")
                    .append(fieldValue(field, card.tone()));
        }
        if (imageMediaId != null) {
            String alt = card.image() == null || card.image().alt() == null ? "图表" : card.image().alt();
            text.append("\n\n![").append(DingtalkText.markdown(alt)).append("](").append(imageMediaId).append(")");
        }
        if (!card.buttons().isEmpty()) {
            text.append("\n\n").append(REPLY_WITH).append(card.buttons().stream()
                    .map(b -> DingtalkText.markdown(b.label())).collect(Collectors.joining(" / ")));
        }
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            text.append("\n\n> ").append(DingtalkText.markdown(card.inputHint()));
        }
        if (withLink && card.link() != null) {
            text.append("\n\n[").append(DingtalkText.markdown(card.link().label())).append("](")
                    .append(card.link().url()).append(")");
        }
        return text.toString();
    }

    /**
     * Parameters of the interactive card template (all strings, as the card API requires): {@code title},
     * {@code tone} (normal/success/warning/danger), {@code content} (escaped markdown without heading),
     * {@code buttons} (JSON array of {key,label,primary}; the template's buttons send {@code key} back in
     * {@code params.key}) and {@code hint}.
     */
    public Map<String, String> cardParams(Card card) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", card.title());
        params.put("tone", card.tone().name().toLowerCase(Locale.ROOT));
        Card withoutButtons = new Card(card.title(), card.tone(), card.lines(), card.fields(), null, List.of(),
                card.promptId(), null, card.link());
        String markdown = fitted(withoutButtons, c -> TextCut.utf8Bytes(markdown(c, null, true)),
                DingtalkLimits.ROBOT_TEXT_BYTES, c -> markdown(c, null, true));
        int firstBreak = markdown.indexOf("\n\n");
        params.put("content", firstBreak < 0 ? "" : markdown.substring(firstBreak + 2));
        JsonArray buttons = new JsonArray();
        for (CardButton button : card.buttons()) {
            JsonObject item = new JsonObject();
            item.addProperty("key", button.key());
            item.addProperty("label", button.label());
            item.addProperty("primary", button.primary());
            buttons.add(item);
        }
        params.put("buttons", GSON.toJson(buttons));
        params.put("hint", card.inputHint() == null ? "" : card.inputHint());
        return params;
    }

    /**
     * A work notification's title and markdown, within 2,048 bytes. The date goes into both, so DingTalk's "same
     * content to the same user once a day" filter never drops a digest that happens to repeat yesterday's numbers.
     */
    public WorkNotice workNotice(OutgoingMessage message, LocalDate date, String imageMediaId) {
        String dateLabel = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        String stamp = "\n\n> " + date;
        if (message instanceof TextMessage text) {
            String title = "消息 · " + dateLabel;
            String body = DingtalkText.markdown(text.text());
            int room = DingtalkLimits.WORK_NOTICE_BYTES - noticeSize(title, stamp);
            return new WorkNotice(title, (TextCut.utf8Bytes(body) <= room ? body
                    : TextCut.splitUtf8(body, room).get(0)) + stamp);
        }
        Card card = (Card) message;
        String title = TextCut.toChars(card.title(), 30) + " · " + dateLabel;
        String text = fitted(card, c -> noticeSize(title, markdown(c, imageMediaId, true) + stamp),
                DingtalkLimits.WORK_NOTICE_BYTES, c -> markdown(c, imageMediaId, true));
        return new WorkNotice(title, text + stamp);
    }

    /** Bytes of the work notice's msg as sent: {"msgtype":"markdown","markdown":{"title":…,"text":…}}. */
    static int noticeSize(String title, String text) {
        Map<String, Object> markdown = new LinkedHashMap<>();
        markdown.put("title", title);
        markdown.put("text", text);
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("msgtype", "markdown");
        msg.put("markdown", markdown);
        return TextCut.utf8Bytes(GSON.toJson(msg));
    }

    /** Title and markdown body of a work notification. */
    public record WorkNotice(String title, String markdown) {
    }

    private static String headline(Card card) {
        return switch (card.tone()) {
            case DANGER -> "🔴 " + card.title();
            case WARNING -> "🟠 " + card.title();
            case SUCCESS -> "🟢 " + card.title();
            case NORMAL -> card.title();
        };
    }

    private static String fieldValue(CardField field, Tone tone) {
        String value = DingtalkText.markdown(field.value());
        if (!field.highlight()) {
            return value;
        }
        String colour = switch (tone) {
            case DANGER -> "#F5222D";
            case WARNING -> "#FA8C16";
            case SUCCESS -> "#52C41A";
            case NORMAL -> "#1677FF";
        };
        return "<font color=" + colour + ">" + value + "</font>";
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static String json(Map<String, String> params) {
        return GSON.toJson(params);
    }
}

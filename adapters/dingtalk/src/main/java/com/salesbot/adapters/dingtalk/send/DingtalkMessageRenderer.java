package com.salesbot.adapters.dingtalk.send;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns channel-neutral messages into DingTalk robot messages, interactive-card parameters and work-notice
 * markdown. Pure: no I/O; images arrive as already uploaded media ids.
 * <p>
 * Without an interactive card template, buttons become ActionCard links of the form
 * {@code dtmd://dingtalkclient/sendMessage?content=<label>}: tapping one makes the rep send the label to the
 * bot as text, so the prompt stays answerable in one tap.
 */
public final class DingtalkMessageRenderer {
    /** ActionCard templates exist for 1 to 5 buttons. */
    static final int MAX_ACTION_CARD_BUTTONS = 5;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    public List<RobotMessage> robotMessages(OutgoingMessage message, String imageMediaId) {
        List<RobotMessage> messages = new ArrayList<>();
        if (message instanceof TextMessage text) {
            messages.add(new RobotMessage("sampleText", json(Map.of("content", text.text()))));
            return messages;
        }
        Card card = (Card) message;
        messages.add(cardBody(card));
        if (imageMediaId != null) {
            messages.add(imageMessage(imageMediaId));
        }
        return messages;
    }

    /** An uploaded PNG as a robot image message. */
    public RobotMessage imageMessage(String mediaId) {
        return new RobotMessage("sampleImageMsg", json(Map.of("photoURL", mediaId)));
    }

    private RobotMessage cardBody(Card card) {
        List<CardButton> buttons = card.buttons();
        String title = headline(card);
        if (buttons.isEmpty() || buttons.size() > MAX_ACTION_CARD_BUTTONS) {
            return new RobotMessage("sampleMarkdown", json(ordered("title", title, "text", markdown(card, null))));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", title);
        params.put("text", markdown(card, null));
        if (buttons.size() == 1) {
            params.put("singleTitle", buttons.get(0).label());
            params.put("singleURL", sendMessageLink(buttons.get(0).label()));
            return new RobotMessage("sampleActionCard", json(params));
        }
        for (int i = 0; i < buttons.size(); i++) {
            params.put("actionTitle" + (i + 1), buttons.get(i).label());
            params.put("actionURL" + (i + 1), sendMessageLink(buttons.get(i).label()));
        }
        return new RobotMessage("sampleActionCard" + buttons.size(), json(params));
    }

    /**
     * The card as markdown: heading, lines, fields ("**label**：value"), then an image and the reply hint.
     * Too many buttons for an ActionCard are listed as options to reply with.
     */
    public String markdown(Card card, String imageMediaId) {
        StringBuilder text = new StringBuilder("### ").append(headline(card));
        for (String line : card.lines()) {
            text.append("\n\n").append(line);
        }
        for (CardField field : card.fields()) {
            text.append("\n\n**").append(field.label()).append("**：").append(fieldValue(field, card.tone()));
        }
        if (imageMediaId != null) {
            String alt = card.image() == null || card.image().alt() == null ? "图表" : card.image().alt();
            text.append("\n\n![").append(alt).append("](").append(imageMediaId).append(")");
        }
        if (card.buttons().size() > MAX_ACTION_CARD_BUTTONS) {
            text.append("\n\n请直接回复以下选项之一：");
            for (int i = 0; i < card.buttons().size(); i++) {
                text.append("\n\n").append(i + 1).append(". ").append(card.buttons().get(i).label());
            }
        }
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            text.append("\n\n> ").append(card.inputHint());
        }
        return text.toString();
    }

    /**
     * Parameters of the interactive card template (all strings, as the card API requires): {@code title},
     * {@code tone} (normal/success/warning/danger), {@code content} (markdown without heading),
     * {@code buttons} (JSON array of {key,label,primary}; the template's buttons send {@code key} back in
     * {@code params.key}) and {@code hint}.
     */
    public Map<String, String> cardParams(Card card) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", card.title());
        params.put("tone", card.tone().name().toLowerCase(Locale.ROOT));
        Card withoutButtons = new Card(card.title(), card.tone(), card.lines(), card.fields(), null, List.of(),
                card.promptId(), null);
        String markdown = markdown(withoutButtons, null);
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
     * A work notification's title and markdown. The date goes into both, so DingTalk's "same content to the same
     * user once a day" filter never drops a digest that happens to repeat yesterday's numbers.
     */
    public WorkNotice workNotice(OutgoingMessage message, LocalDate date, String imageMediaId) {
        String dateLabel = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        if (message instanceof TextMessage text) {
            return new WorkNotice("消息 · " + dateLabel, text.text() + "\n\n> " + date);
        }
        Card card = (Card) message;
        return new WorkNotice(card.title() + " · " + dateLabel, markdown(card, imageMediaId) + "\n\n> " + date);
    }

    /** Title and markdown body of a work notification. */
    public record WorkNotice(String title, String markdown) {
    }

    static String sendMessageLink(String text) {
        return "dtmd://dingtalkclient/sendMessage?content="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
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
        if (!field.highlight()) {
            return field.value();
        }
        String colour = switch (tone) {
            case DANGER -> "#F5222D";
            case WARNING -> "#FA8C16";
            case SUCCESS -> "#52C41A";
            case NORMAL -> "#1677FF";
        };
        return "<font color=" + colour + ">" + field.value() + "</font>";
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

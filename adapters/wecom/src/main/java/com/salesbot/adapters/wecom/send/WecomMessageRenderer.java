package com.salesbot.adapters.wecom.send;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardFitter;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextCut;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.templatecard.HorizontalContent;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;

/**
 * Renders channel-neutral messages as WeCom app messages that always fit {@link WecomLimits}.
 * <ul>
 *   <li>{@link TextMessage} → text, split at line or sentence ends into several messages when over 2,048 bytes;</li>
 *   <li>a card with buttons and a promptId → template card {@code button_interaction} with a task_id of its own
 *       ({@link CardIds#sentId}); the first highlighted field is the emphasis, other fields the horizontal list,
 *       whole lines the sub-title; lines, fields and options that do not fit follow as a markdown message, so nothing
 *       is cut mid-sentence;</li>
 *   <li>any other card → markdown, cut to 2,048 bytes by {@link CardFitter} ("还有N人…" and the card's link);</li>
 *   <li>a card image → an extra image message after the card, uploaded through the {@link ImageUploader}.</li>
 * </ul>
 * All card text is escaped ({@link WecomText}); only the card's link becomes a live link.
 */
public final class WecomMessageRenderer {
    private static final Pattern TASK_ID = Pattern.compile(WecomLimits.TASK_ID_PATTERN);

    private final int agentId;
    private final String sourceName;

    /** @param sourceName the small header line of template cards, e.g. 销售助手 */
    public WecomMessageRenderer(int agentId, String sourceName) {
        this.agentId = agentId;
        this.sourceName = sourceName;
    }

    /** How many WeCom messages {@link #render} produces, without uploading anything (for rate limiting). */
    public int messageCount(OutgoingMessage message) {
        if (message instanceof TextMessage text) {
            return textParts(text.text()).size();
        }
        Card card = (Card) message;
        int count = card.image() != null ? 2 : 1;
        return isInteractive(card) && !templateLayout(card).rest().isEmpty() ? count + 1 : count;
    }

    /**
     * @throws IllegalArgumentException when the card cannot be expressed (e.g. a promptId WeCom refuses as task_id)
     * @throws WxErrorException         when the image upload fails
     */
    public List<WxCpMessage> render(String recipient, OutgoingMessage message, ImageUploader uploader)
            throws WxErrorException {
        return render(recipient, message, uploader, null);
    }

    /**
     * As {@link #render(String, OutgoingMessage, ImageUploader)} for one outbox row: sendKey (the row's stable key)
     * makes the card's task_id the same on every retry of the row, so the JSON is byte-identical for WeCom's
     * duplicate check, and different from every other row's.
     */
    public List<WxCpMessage> render(String recipient, OutgoingMessage message, ImageUploader uploader, String sendKey)
            throws WxErrorException {
        if (message instanceof TextMessage text) {
            return textParts(text.text()).stream()
                    .map(part -> WxCpMessage.TEXT().agentId(agentId).toUser(recipient).content(part).build())
                    .toList();
        }
        Card card = (Card) message;
        List<WxCpMessage> out = new ArrayList<>(3);
        if (isInteractive(card)) {
            TemplateLayout layout = templateLayout(card);
            out.add(templateCard(recipient, layout, CardIds.sentId(card.promptId(), sendKey)));
            followUp(recipient, card, layout).ifPresent(out::add);
        } else {
            out.add(markdown(recipient, card));
        }
        if (card.image() != null) {
            String mediaId = uploader.upload(card.image());
            out.add(WxCpMessage.IMAGE().agentId(agentId).toUser(recipient).mediaId(mediaId).build());
        }
        return out;
    }

    /** A file message (msgtype=file) of a file already uploaded through media/upload type=file. */
    public WxCpMessage file(String recipient, String mediaId) {
        return WxCpMessage.FILE().agentId(agentId).toUser(recipient).mediaId(mediaId).build();
    }

    /**
     * The complete update_template_card request body for a tapped card (userids, agentid, response_code and either
     * the whole new card or, for a card without buttons, the greyed button's replace_name), plus the messages that
     * follow it when the new card's text does not fit the template card.
     */
    public CardUpdate update(String recipient, String responseCode, Card card) {
        return update(recipient, responseCode, card, null);
    }

    /** As {@link #update(String, String, Card)} for one outbox row, with the row's stable key (see render). */
    public CardUpdate update(String recipient, String responseCode, Card card, String sendKey) {
        JsonObject body = new JsonObject();
        JsonArray users = new JsonArray();
        users.add(recipient);
        body.add("userids", users);
        body.addProperty("agentid", agentId);
        body.addProperty("response_code", responseCode);
        if (isInteractive(card)) {
            TemplateLayout layout = templateLayout(card);
            body.add("template_card", JsonParser.parseString(
                    templateCard(recipient, layout, CardIds.sentId(card.promptId(), sendKey)).toJson()).getAsJsonObject()
                    .getAsJsonObject("template_card"));
            return new CardUpdate(body, followUp(recipient, card, layout).map(List::of).orElse(List.of()));
        }
        JsonObject button = new JsonObject();
        button.addProperty("replace_name",
                TextCut.toChars(WecomText.cardField(card.title()), WecomLimits.REPLACE_NAME_CHARS));
        body.add("button", button);
        // the greyed card cannot show the new text: it follows as a message of its own
        boolean onlyTitle = card.lines().isEmpty() && card.fields().isEmpty() && card.link() == null;
        return new CardUpdate(body, onlyTitle ? List.of() : List.of(markdown(recipient, card)));
    }

    /** An update_template_card body and the messages to send after it. */
    public record CardUpdate(JsonObject body, List<WxCpMessage> followUps) {
    }

    public static boolean isInteractive(Card card) {
        return !card.buttons().isEmpty() && card.promptId() != null;
    }

    // ---- text ----

    static List<String> textParts(String text) {
        return TextCut.splitUtf8(text, WecomLimits.TEXT_BYTES);
    }

    static int bytes(String s) {
        return TextCut.utf8Bytes(s);
    }

    // ---- template card ----

    /** What goes into the template card, and what does not fit there (sent as a markdown message after it). */
    private record TemplateLayout(Card card, List<String> lines, Optional<CardField> emphasis,
                                  List<CardField> horizontal, List<CardButton> buttons, List<String> rest) {
    }

    private static TemplateLayout templateLayout(Card card) {
        Optional<CardField> emphasis = card.fields().stream().filter(CardField::highlight)
                .filter(f -> TextCut.length(f.value()) <= WecomLimits.EMPHASIS_TITLE_CHARS).findFirst();
        List<String> rest = new ArrayList<>();
        List<CardField> horizontal = new ArrayList<>();
        for (CardField f : card.fields()) {
            if (emphasis.isPresent() && f == emphasis.get()) {
                continue;
            }
            if (horizontal.size() < WecomLimits.HORIZONTAL_ITEMS
                    && TextCut.length(f.value()) <= WecomLimits.HORIZONTAL_VALUE_CHARS) {
                horizontal.add(f);
            } else {
                rest.add(f.label() + "：" + f.value());
            }
        }
        int horizontalRoom = WecomLimits.HORIZONTAL_ITEMS - (card.link() == null ? 0 : 1);
        while (horizontal.size() > horizontalRoom) {
            CardField f = horizontal.remove(horizontal.size() - 1);
            rest.add(0, f.label() + "：" + f.value());
        }
        List<String> candidates = new ArrayList<>(card.lines());
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            candidates.add("回复提示：" + card.inputHint());
        }
        if (card.buttons().size() > WecomLimits.BUTTONS) {
            rest.add("更多选项，直接回复名称即可：" + card.buttons().stream().skip(WecomLimits.BUTTONS)
                    .map(CardButton::label).collect(Collectors.joining("、")));
        }
        List<String> subLines = new ArrayList<>();
        List<String> overflow = new ArrayList<>();
        fillSubTitle(candidates, WecomLimits.SUB_TITLE_CHARS, subLines, overflow);
        if (!overflow.isEmpty() || !rest.isEmpty()) {
            subLines.clear();
            overflow.clear();
            fillSubTitle(candidates, WecomLimits.SUB_TITLE_CHARS - TextCut.length(MORE_BELOW) - 1, subLines, overflow);
            subLines.add(MORE_BELOW);
        }
        overflow.addAll(rest);
        List<CardButton> buttons = card.buttons().stream().limit(WecomLimits.BUTTONS).toList();
        return new TemplateLayout(card, subLines, emphasis, horizontal, buttons, overflow);
    }

    private static final String MORE_BELOW = "（详情见下一条消息）";

    /** Whole lines in order while they fit; from the first that does not, everything goes to overflow. */
    private static void fillSubTitle(List<String> candidates, int budget, List<String> into, List<String> overflow) {
        int used = 0;
        for (String line : candidates) {
            int size = TextCut.length(line) + (into.isEmpty() ? 0 : 1);
            if (overflow.isEmpty() && used + size <= budget) {
                into.add(line);
                used += size;
            } else {
                overflow.add(line);
            }
        }
    }

    private WxCpMessage templateCard(String recipient, TemplateLayout layout, String taskId) {
        if (!TASK_ID.matcher(taskId).matches()) {
            throw new IllegalArgumentException("promptId is not a valid WeCom task_id: " + WecomLimits.TASK_ID_PATTERN);
        }
        Card card = layout.card();
        List<HorizontalContent> horizontal = layout.horizontal().stream()
                .map(f -> HorizontalContent.builder()
                        .keyname(TextCut.toChars(WecomText.cardField(f.label()), WecomLimits.HORIZONTAL_KEY_CHARS))
                        .value(WecomText.cardField(f.value())).build())
                .collect(Collectors.toList());
        List<TemplateCardButton> buttons = layout.buttons().stream()
                .map(b -> TemplateCardButton.builder()
                        .text(TextCut.toChars(WecomText.cardField(b.label()), WecomLimits.BUTTON_TEXT_CHARS))
                        .key(b.key()).style(b.primary() ? 1 : 2).type(0).build())
                .collect(Collectors.toList());
        var builder = WxCpMessage.TEMPLATECARD().agentId(agentId).toUser(recipient)
                .cardType(WxConsts.TemplateCardType.BUTTON_INTERACTION)
                .sourceDesc(TextCut.toChars(sourceName, WecomLimits.SOURCE_DESC_CHARS))
                .sourceDescColor(sourceColour(card.tone()))
                .mainTitleTitle(TextCut.toChars(WecomText.cardField(card.title()), WecomLimits.MAIN_TITLE_CHARS))
                .taskId(taskId)
                .buttons(buttons);
        if (!layout.lines().isEmpty()) {
            builder.subTitleText(WecomText.cardField(String.join("\n", layout.lines())));
        }
        layout.emphasis().ifPresent(f -> builder.emphasisContentTitle(WecomText.cardField(f.value()))
                .emphasisContentDesc(TextCut.toChars(WecomText.cardField(f.label()), WecomLimits.EMPHASIS_DESC_CHARS)));
        if (card.link() != null) {
            horizontal.add(HorizontalContent.builder().type(1).keyname("链接")
                    .value(TextCut.toChars(WecomText.cardField(card.link().label()), WecomLimits.HORIZONTAL_VALUE_CHARS))
                    .url(card.link().url()).build());
        }
        if (!horizontal.isEmpty()) {
            builder.horizontalContents(horizontal);
        }
        return builder.build();
    }

    private Optional<WxCpMessage> followUp(String recipient, Card card, TemplateLayout layout) {
        if (layout.rest().isEmpty()) {
            return Optional.empty();
        }
        Card more = new Card(card.title() + "（续）", card.tone(), layout.rest(), null, null, null, null, null,
                card.link());
        return Optional.of(markdown(recipient, more));
    }

    // ---- markdown ----

    private WxCpMessage markdown(String recipient, Card card) {
        Card fitted = CardFitter.fit(card, c -> bytes(markdownText(c)), WecomLimits.MARKDOWN_BYTES);
        String content = markdownText(fitted);
        if (bytes(content) > WecomLimits.MARKDOWN_BYTES) {
            content = textParts(content).get(0);
        }
        return WxCpMessage.MARKDOWN().agentId(agentId).toUser(recipient).content(content).build();
    }

    static String markdownText(Card card) {
        StringBuilder md = new StringBuilder();
        String colour = fontColour(card.tone());
        String title = WecomText.markdown(card.title());
        md.append(colour == null ? "**" + title + "**" : "<font color=\"" + colour + "\">**" + title
                + "**</font>").append('\n');
        card.lines().forEach(line -> md.append(WecomText.markdown(line)).append('\n'));
        for (CardField f : card.fields()) {
            String value = WecomText.markdown(f.value());
            if (f.highlight()) {
                value = "<font color=\"" + (colour == null ? "info" : colour) + "\">" + value + "</font>";
            }
            md.append("> ").append(WecomText.markdown(f.label())).append("：").append(value).append('\n');
        }
        if (!card.buttons().isEmpty()) {
            md.append("> 请回复：").append(card.buttons().stream().map(b -> WecomText.markdown(b.label()))
                    .collect(Collectors.joining(" / "))).append('\n');
        }
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            md.append("> <font color=\"comment\">回复提示：").append(WecomText.markdown(card.inputHint()))
                    .append("</font>\n");
        }
        if (card.link() != null) {
            md.append('[').append(WecomText.markdown(card.link().label())).append("](").append(card.link().url())
                    .append(")\n");
        }
        return md.toString().stripTrailing();
    }

    /** template card source.desc_color: 0 grey, 1 black, 2 red, 3 green. */
    private static int sourceColour(Tone tone) {
        return switch (tone) {
            case NORMAL -> 0;
            case SUCCESS -> 3;
            case WARNING, DANGER -> 2;
        };
    }

    /** markdown font colours: info green, comment grey, warning orange-red; null keeps the default. */
    private static String fontColour(Tone tone) {
        return switch (tone) {
            case NORMAL -> null;
            case SUCCESS -> "info";
            case WARNING, DANGER -> "warning";
        };
    }
}

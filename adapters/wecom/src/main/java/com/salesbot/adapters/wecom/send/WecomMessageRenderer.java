package com.salesbot.adapters.wecom.send;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.OutgoingMessage;
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
 * Renders channel-neutral messages as WeCom app messages.
 * <ul>
 *   <li>{@link TextMessage} → text;</li>
 *   <li>a card with buttons and a promptId → template card {@code button_interaction} (task_id = promptId, the first
 *       highlighted field as emphasis_content, other fields as horizontal_content_list, lines as sub_title_text);</li>
 *   <li>any other card → markdown (buttons without a promptId become a "reply with" hint);</li>
 *   <li>a card image → an extra image message after the card, uploaded through the {@link ImageUploader}.</li>
 * </ul>
 * Lengths follow WeCom's limits (text/markdown 2048 bytes; template-card fields cut to the documented sizes).
 */
public final class WecomMessageRenderer {
    static final int MAX_TEXT_BYTES = 2048;
    static final int MAX_CARD_ITEMS = 6;
    private static final Pattern TASK_ID = Pattern.compile("[0-9a-zA-Z_\\-@]{1,128}");

    private final int agentId;
    private final String sourceName;

    /** @param sourceName the small header line of template cards, e.g. 销售助手 */
    public WecomMessageRenderer(int agentId, String sourceName) {
        this.agentId = agentId;
        this.sourceName = sourceName;
    }

    /** How many WeCom messages {@link #render} produces, without uploading anything (for rate limiting). */
    public int messageCount(OutgoingMessage message) {
        return message instanceof Card card && card.image() != null ? 2 : 1;
    }

    /**
     * @throws IllegalArgumentException when the card cannot be expressed (e.g. a promptId WeCom refuses as task_id)
     * @throws WxErrorException         when the image upload fails
     */
    public List<WxCpMessage> render(String recipient, OutgoingMessage message, ImageUploader uploader)
            throws WxErrorException {
        if (message instanceof TextMessage text) {
            return List.of(WxCpMessage.TEXT().agentId(agentId).toUser(recipient)
                    .content(Utf8.truncate(text.text(), MAX_TEXT_BYTES)).build());
        }
        Card card = (Card) message;
        List<WxCpMessage> out = new ArrayList<>(2);
        out.add(isInteractive(card) ? templateCard(recipient, card) : markdown(recipient, card));
        if (card.image() != null) {
            String mediaId = uploader.upload(card.image());
            out.add(WxCpMessage.IMAGE().agentId(agentId).toUser(recipient).mediaId(mediaId).build());
        }
        return out;
    }

    /** The {@code template_card} JSON object of an interactive card, for update_template_card. */
    public JsonObject templateCardJson(String recipient, Card card) {
        if (!isInteractive(card)) {
            throw new IllegalArgumentException("only cards with buttons and a promptId render as template cards");
        }
        return JsonParser.parseString(templateCard(recipient, card).toJson()).getAsJsonObject()
                .getAsJsonObject("template_card");
    }

    public static boolean isInteractive(Card card) {
        return !card.buttons().isEmpty() && card.promptId() != null;
    }

    private WxCpMessage templateCard(String recipient, Card card) {
        if (!TASK_ID.matcher(card.promptId()).matches()) {
            throw new IllegalArgumentException("promptId is not a valid WeCom task_id: [0-9a-zA-Z_-@]{1,128}");
        }
        Optional<CardField> emphasis = card.fields().stream().filter(CardField::highlight).findFirst();
        List<HorizontalContent> horizontal = card.fields().stream()
                .filter(f -> emphasis.isEmpty() || f != emphasis.get())
                .limit(MAX_CARD_ITEMS)
                .map(f -> HorizontalContent.builder().keyname(Utf8.cutChars(f.label(), 5))
                        .value(Utf8.cutChars(f.value(), 26)).build())
                .collect(Collectors.toList());
        List<TemplateCardButton> buttons = card.buttons().stream().limit(MAX_CARD_ITEMS)
                .map(b -> TemplateCardButton.builder().text(Utf8.cutChars(b.label(), 10)).key(b.key())
                        .style(b.primary() ? 1 : 2).type(0).build())
                .collect(Collectors.toList());
        var builder = WxCpMessage.TEMPLATECARD().agentId(agentId).toUser(recipient)
                .cardType(WxConsts.TemplateCardType.BUTTON_INTERACTION)
                .sourceDesc(Utf8.cutChars(sourceName, 13)).sourceDescColor(sourceColour(card.tone()))
                .mainTitleTitle(Utf8.cutChars(card.title(), 26))
                .taskId(card.promptId())
                .buttons(buttons);
        String subTitle = subTitle(card);
        if (!subTitle.isEmpty()) {
            builder.subTitleText(Utf8.cutChars(subTitle, 112));
        }
        emphasis.ifPresent(f -> builder.emphasisContentTitle(Utf8.cutChars(f.value(), 10))
                .emphasisContentDesc(Utf8.cutChars(f.label(), 15)));
        if (!horizontal.isEmpty()) {
            builder.horizontalContents(horizontal);
        }
        return builder.build();
    }

    private static String subTitle(Card card) {
        List<String> parts = new ArrayList<>(card.lines());
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            parts.add("回复提示：" + card.inputHint());
        }
        return String.join("\n", parts);
    }

    private WxCpMessage markdown(String recipient, Card card) {
        StringBuilder md = new StringBuilder();
        String colour = fontColour(card.tone());
        md.append(colour == null ? "**" + card.title() + "**" : "<font color=\"" + colour + "\">**" + card.title()
                + "**</font>").append('\n');
        card.lines().forEach(line -> md.append(line).append('\n'));
        for (CardField f : card.fields()) {
            String value = f.highlight() ? "<font color=\"" + (colour == null ? "info" : colour) + "\">" + f.value()
                    + "</font>" : f.value();
            md.append("> ").append(f.label()).append("：").append(value).append('\n');
        }
        if (!card.buttons().isEmpty()) {
            md.append("> 请回复：").append(card.buttons().stream().map(CardButton::label)
                    .collect(Collectors.joining(" / "))).append('\n');
        }
        if (card.inputHint() != null && !card.inputHint().isBlank()) {
            md.append("> <font color=\"comment\">回复提示：").append(card.inputHint()).append("</font>\n");
        }
        return WxCpMessage.MARKDOWN().agentId(agentId).toUser(recipient)
                .content(Utf8.truncate(md.toString().stripTrailing(), MAX_TEXT_BYTES)).build();
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

package com.salesbot.bot.sandbox;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One entry of a person's sandbox conversation, as the page shows it.
 *
 * @param id       stable identity of the entry; a card update keeps it
 * @param seq      version of the entry; grows on every change so the page can poll with {@code after=}
 * @param from     "bot" for deliveries, "me" for what the person sent
 * @param kind     text or card
 * @param text     the text of a text entry, null for cards
 * @param card     the card of a card entry, null for texts
 * @param previews the same message as WeCom and DingTalk would receive it (pretty JSON), null for "me"
 */
@Serdeable
public record SandboxDelivery(long id, long seq, long at, String from, String kind, String text, CardView card,
                              Previews previews) {
    public SandboxDelivery withSeq(long newSeq) {
        return new SandboxDelivery(id, newSeq, at, from, kind, text, card, previews);
    }

    public SandboxDelivery withCard(long newSeq, CardView newCard, Previews newPreviews) {
        return new SandboxDelivery(id, newSeq, at, from, kind, text, newCard, newPreviews);
    }

    /** A card as the page draws it; {@code chosen} is the key of the button tapped on it, null until then. */
    @Serdeable
    public record CardView(String title, String tone, List<String> lines, List<Field> fields, String imageUrl,
                           String imageAlt, List<Button> buttons, String promptId, String inputHint, String chosen,
                           boolean updated) {
        public CardView chosen(String key) {
            return new CardView(title, tone, lines, fields, imageUrl, imageAlt, buttons, promptId, inputHint, key,
                    updated);
        }
    }

    @Serdeable
    public record Field(String label, String value, boolean highlight) {
    }

    @Serdeable
    public record Button(String key, String label, boolean primary) {
    }

    /** Platform JSON of the message: what the WeCom and DingTalk senders would post. */
    @Serdeable
    public record Previews(String wecom, String dingtalk) {
    }
}

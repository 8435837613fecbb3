package com.salesbot.core.card;

import com.salesbot.core.model.Require;
import java.util.List;

/**
 * A channel-neutral card: short title, a few lines and fields, an optional image and buttons.
 *
 * @param promptId      identifies the pending prompt the buttons answer (WeCom task id, DingTalk card id), or null
 * @param inputHint     when not null the bot expects a free-text reply next, described by this hint
 * @param link          an absolute link shown under the card (full list, file), or null
 * <p>
 * Every text in a card is plain text: channels escape it for their markup, so text typed by a user can never become
 * a live link, bold or colour. Lists are ranked most important first (red first): a channel that has to cut a card
 * to its size limit drops from the end (see {@link CardFitter}).
 */
public record Card(String title, Tone tone, List<String> lines, List<CardField> fields, CardImage image,
                   List<CardButton> buttons, String promptId, String inputHint, CardLink link)
        implements OutgoingMessage {
    public Card {
        Require.text(title, "card title");
        tone = tone == null ? Tone.NORMAL : tone;
        lines = lines == null ? List.of() : List.copyOf(lines);
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public Card(String title, Tone tone, List<String> lines, List<CardField> fields, CardImage image,
                List<CardButton> buttons, String promptId, String inputHint) {
        this(title, tone, lines, fields, image, buttons, promptId, inputHint, null);
    }

    public Card withLink(CardLink newLink) {
        return new Card(title, tone, lines, fields, image, buttons, promptId, inputHint, newLink);
    }

    public Card withLines(List<String> newLines, List<CardField> newFields) {
        return new Card(title, tone, newLines, newFields, image, buttons, promptId, inputHint, link);
    }
}

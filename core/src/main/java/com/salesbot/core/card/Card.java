package com.salesbot.core.card;

import com.salesbot.core.model.Require;
import java.util.List;

/**
 * A channel-neutral card: short title, a few lines and fields, an optional image and buttons.
 *
 * @param promptId      identifies the pending prompt the buttons answer (WeCom task id, DingTalk card id), or null
 * @param inputHint     when not null the bot expects a free-text reply next, described by this hint
 */
public record Card(String title, Tone tone, List<String> lines, List<CardField> fields, CardImage image,
                   List<CardButton> buttons, String promptId, String inputHint) implements OutgoingMessage {
    public Card {
        Require.text(title, "card title");
        tone = tone == null ? Tone.NORMAL : tone;
        lines = lines == null ? List.of() : List.copyOf(lines);
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }
}

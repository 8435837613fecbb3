package com.salesbot.bot.sandbox;

import com.salesbot.bot.sandbox.SandboxDelivery.Button;
import com.salesbot.bot.sandbox.SandboxDelivery.CardView;
import com.salesbot.bot.sandbox.SandboxDelivery.Field;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.SendResult;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The sandbox channel's sender: the outbox delivers here like to WeCom or DingTalk, and the message lands in the
 * person's {@link SandboxMailbox} together with its WeCom and DingTalk previews. Card updates replace the card in
 * place. The recipient is the rep id (the sandbox has no platform ids).
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxSender implements ChannelSender {
    static final String CHANNEL = "sandbox";

    private final SandboxMailbox mailbox;
    private final SandboxImages images;
    private final PlatformPreviews previews;

    public SandboxSender(SandboxMailbox mailbox, SandboxImages images,
                         @Value("${wecom.agent-id:1000002}") int wecomAgentId,
                         @Value("${dingtalk.robot-code:ROBOT_CODE}") String robotCode) {
        this.mailbox = mailbox;
        this.images = images;
        this.previews = new PlatformPreviews(wecomAgentId, "销售助手", robotCode.isBlank() ? "ROBOT_CODE" : robotCode);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public SendResult send(String recipient, OutgoingMessage message) {
        if (message instanceof CustomerTagUpdate) {
            return new SendResult.Sent(); // the sandbox has no customer contacts to tag
        }
        if (message instanceof FileMessage file) {
            // the sandbox has no platform files: the file shows as its signed download link, the previews show the
            // upload and file message the platforms would get
            mailbox.addText(recipient, "bot", file.fallbackText(), previews.of(recipient, file));
        } else if (message instanceof TextMessage text) {
            mailbox.addText(recipient, "bot", text.text(), previews.of(recipient, message));
        } else {
            Card card = (Card) message;
            mailbox.addCard(recipient, view(card, false), previews.of(recipient, card));
        }
        return new SendResult.Sent();
    }

    @Override
    public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
        CardView view = view(card, true);
        if (!mailbox.replaceCard(recipient, promptId, view, previews.ofUpdate(recipient, card))) {
            mailbox.addCard(recipient, view, previews.of(recipient, card));
        }
        return new SendResult.Sent();
    }

    private CardView view(Card card, boolean updated) {
        String imageUrl = card.image() == null ? null : "/sandbox/api/images/" + images.put(card.image().png());
        String imageAlt = card.image() == null ? null : card.image().alt();
        return new CardView(card.title(), card.tone().name().toLowerCase(Locale.ROOT), card.lines(),
                card.fields().stream().map(f -> new Field(f.label(), f.value(), f.highlight())).toList(),
                imageUrl, imageAlt,
                card.buttons().stream().map(b -> new Button(b.key(), b.label(), b.primary())).toList(),
                card.promptId(), card.inputHint(), null, updated);
    }
}

package com.salesbot.adapters.dingtalk.send;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.api.DingtalkApiException;
import com.salesbot.adapters.dingtalk.api.DingtalkFailure;
import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.inbound.DingtalkInboundDecoder;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.port.FileContents;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.messaging.SendProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Delivers messages to DingTalk. Recipients are staff ids (robot 1:1 chat); a recipient written
 * {@code notice:<staffId>} gets a work notification (工作通知) from the app's agent instead.
 * <p>
 * Cards with buttons and a prompt id become interactive cards when a template is configured (clicks come back
 * as CARD_ACTION with the prompt id; every card sent has an outTrackId of its own), otherwise markdown that lists
 * the options to reply with. A card
 * image is uploaded and sent as a separate image message (after an ActionCard/markdown, before an interactive card). Never throws for delivery errors:
 * a rejected token is refreshed and the call tried once more; flow control, 5xx and network errors are Retry;
 * unknown users and parameter errors are Permanent; a partial delivery is never Sent. Flow control, token and
 * transient platform errors are "unavailable" retries (no attempt spent).
 */
public final class DingtalkSender implements ChannelSender {
    public static final String WORK_NOTICE_PREFIX = "notice:";
    /** The date printed in work notices is the business date, whatever the clock's zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration AUTH_RETRY = Duration.ofSeconds(5);
    static final Duration THROTTLED_RETRY = Duration.ofSeconds(60);
    static final Duration TRANSIENT_RETRY = Duration.ofSeconds(30);

    private final DingtalkSettings settings;
    private final DingtalkOpenApi openApi;
    private final DingtalkOapi oapi;
    private final DingtalkAccessTokenProvider tokens;
    private final DingtalkMessageRenderer renderer;
    private final Clock clock;
    private final FileContents files;

    public DingtalkSender(DingtalkSettings settings, DingtalkOpenApi openApi, DingtalkOapi oapi,
                          DingtalkAccessTokenProvider tokens, DingtalkMessageRenderer renderer, Clock clock) {
        this(settings, openApi, oapi, tokens, renderer, clock, FileContents.none());
    }

    /** @param files loads the bytes of {@link FileMessage}s when they are sent (the outbox keeps references only) */
    public DingtalkSender(DingtalkSettings settings, DingtalkOpenApi openApi, DingtalkOapi oapi,
                          DingtalkAccessTokenProvider tokens, DingtalkMessageRenderer renderer, Clock clock,
                          FileContents files) {
        this.files = files;
        this.settings = settings;
        this.openApi = openApi;
        this.oapi = oapi;
        this.tokens = tokens;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return DingtalkInboundDecoder.CHANNEL;
    }

    @Override
    public SendResult send(String recipient, OutgoingMessage message) {
        return send(recipient, message, SendProgress.NONE);
    }

    /** Multi-part robot messages (image + interactive card, ActionCard + image) skip the parts already out. */
    @Override
    public SendResult send(String recipient, OutgoingMessage message, SendProgress progress) {
        if (recipient == null || recipient.isBlank()) {
            return new SendResult.Permanent("no recipient");
        }
        if (message instanceof CustomerTagUpdate) {
            return new SendResult.Permanent("dingtalk has no customer tags to write back to");
        }
        if (message instanceof FileMessage file) {
            // a file goes to the robot chat as sampleFile; a work notice (markdown only) gets the link
            java.util.Optional<byte[]> bytes = recipient.startsWith(WORK_NOTICE_PREFIX) ? java.util.Optional.empty()
                    : files.load(file.ref());
            if (bytes.isEmpty() || bytes.get().length == 0 || bytes.get().length > FileContents.MAX_FILE_BYTES) {
                return send(recipient, new TextMessage(file.fallbackText()), progress);
            }
            return withToken(token -> batchSend(token, recipient, List.of(renderer.fileMessage(
                    oapi.uploadFile(token, file.fileName(), bytes.get(), contentType(file.fileName())),
                    file.fileName())), 0, SendProgress.NONE));
        }
        if (recipient.startsWith(WORK_NOTICE_PREFIX)) {
            return sendWorkNotice(recipient.substring(WORK_NOTICE_PREFIX.length()), message);
        }
        return sendToRobotChat(recipient, message, progress);
    }

    private static String contentType(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                : "application/octet-stream";
    }

    /**
     * Updates an interactive card in place; without a card template the new state is sent as a new message.
     * {@code responseCode} is the clicked card's outTrackId as the decoder read it (the prompt id plus the suffix
     * the card was sent with, see {@link CardIds}); without it the prompt id is tried.
     */
    @Override
    public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
        if (settings.cardTemplateId() == null || promptId == null) {
            return send(recipient, card);
        }
        String outTrackId = responseCode != null && !responseCode.isBlank() ? responseCode : promptId;
        var params = renderer.cardParams(card);
        return withToken(token -> openApi.updateCard(token, outTrackId, params)
                ? new SendResult.Sent()
                : new SendResult.Permanent("card update refused for " + outTrackId));
    }

    private SendResult sendToRobotChat(String userId, OutgoingMessage message, SendProgress progress) {
        if (message instanceof Card card && usesInteractiveCard(card)) {
            // image first, then the card; each part recorded as it goes out so a retry repeats neither
            if (card.image() != null && progress.partsDone() < 1) {
                SendResult image = withToken(token ->
                        batchSend(token, userId, List.of(renderer.imageMessage(upload(token, card.image()))), 0,
                                SendProgress.NONE));
                if (!(image instanceof SendResult.Sent)) {
                    return image;
                }
                if (!progress.partSent(1)) {
                    return new SendResult.Retry(Duration.ZERO, "lease lost after the image");
                }
            }
            return withToken(token -> interactiveCard(token, userId, card, progress.key()));
        }
        return withToken(token -> {
            boolean imageLeft = message instanceof Card card && card.image() != null
                    && progress.partsDone() < 2;
            String mediaId = imageLeft ? upload(token, ((Card) message).image()) : null;
            return batchSend(token, userId, renderer.robotMessages(message, mediaId), progress.partsDone(), progress);
        });
    }

    private boolean usesInteractiveCard(Card card) {
        return settings.cardTemplateId() != null && card.promptId() != null && !card.buttons().isEmpty();
    }

    private SendResult interactiveCard(String token, String userId, Card card, String sendKey) {
        // one outTrackId per outbox row, the same on its retries (a new id for every row of the same prompt)
        DingtalkOpenApi.CardOutcome outcome = openApi.createAndDeliverToUser(token,
                CardIds.sentId(card.promptId(), sendKey), userId,
                renderer.cardParams(card));
        return outcome.delivered()
                ? new SendResult.Sent()
                : new SendResult.Retry(TRANSIENT_RETRY, "card not delivered: " + String.join("; ", outcome.failures()));
    }

    private SendResult batchSend(String token, String userId, List<RobotMessage> messages, int from,
                                 SendProgress progress) {
        for (int i = Math.max(from, 0); i < messages.size(); i++) {
            RobotMessage message = messages.get(i);
            var outcome = openApi.batchSend(token, List.of(userId), message.msgKey(), message.msgParam());
            if (!outcome.invalidUserIds().isEmpty()) {
                return new SendResult.Permanent("invalid staff id: " + String.join(",", outcome.invalidUserIds()));
            }
            if (!outcome.flowControlledUserIds().isEmpty()) {
                return SendResult.Retry.unavailable(THROTTLED_RETRY,
                        "flow controlled: " + String.join(",", outcome.flowControlledUserIds()));
            }
            if (i + 1 < messages.size() && !progress.partSent(i + 1)) {
                return new SendResult.Retry(Duration.ZERO, "lease lost after part " + (i + 1));
            }
        }
        return new SendResult.Sent();
    }

    private SendResult sendWorkNotice(String userId, OutgoingMessage message) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
        return withToken(token -> {
            String mediaId = message instanceof Card card && card.image() != null ? upload(token, card.image()) : null;
            var notice = renderer.workNotice(message, today, mediaId);
            oapi.sendWorkNotice(token, List.of(userId), notice.title(), notice.markdown());
            return new SendResult.Sent();
        });
    }

    private String upload(String token, CardImage image) {
        String name = image.name() == null || image.name().isBlank() ? "chart.png" : image.name();
        return oapi.uploadImage(token, name.endsWith(".png") ? name : name + ".png", image.png());
    }

    /** Runs a call with the current token; on a rejected token invalidates it and tries once more. */
    private SendResult withToken(Function<String, SendResult> call) {
        String token;
        try {
            token = tokens.get();
        } catch (DingtalkApiException e) {
            // a wrong secret or a token outage must not fail the message for good: it is kept for later
            return SendResult.Retry.unavailable(
                    e.failure() == DingtalkFailure.TRANSIENT ? TRANSIENT_RETRY : THROTTLED_RETRY,
                    "no access token: " + e.getMessage());
        } catch (RuntimeException unexpected) {
            return SendResult.Retry.unavailable(TRANSIENT_RETRY,
                    "no access token: " + unexpected.getClass().getSimpleName());
        }
        try {
            return call.apply(token);
        } catch (DingtalkApiException first) {
            if (first.failure() != DingtalkFailure.AUTH) {
                return classify(first);
            }
            tokens.invalidate(token);
            try {
                return call.apply(tokens.get());
            } catch (DingtalkApiException second) {
                return classify(second);
            }
        } catch (RuntimeException unexpected) {
            return new SendResult.Retry(TRANSIENT_RETRY, "unexpected " + unexpected.getClass().getSimpleName());
        }
    }

    static SendResult classify(DingtalkApiException error) {
        return switch (error.failure()) {
            case AUTH -> SendResult.Retry.unavailable(AUTH_RETRY, error.getMessage());
            case THROTTLED -> SendResult.Retry.unavailable(THROTTLED_RETRY, error.getMessage());
            case TRANSIENT -> SendResult.Retry.unavailable(TRANSIENT_RETRY, error.getMessage());
            case PERMANENT -> new SendResult.Permanent(error.getMessage());
        };
    }
}

package com.salesbot.adapters.wecom.send;

import com.salesbot.adapters.wecom.inbound.WecomInboundDecoder;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.port.FileContents;
import me.chanjar.weixin.common.api.WxConsts;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.adapters.wecom.tag.WecomCustomerTagWriter;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import java.time.Clock;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.messaging.SendProgress;
import java.time.Duration;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.constant.WxCpApiPathConsts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers messages through the WeCom app message API. Never throws for delivery errors: rate limits, token errors,
 * system busy and I/O become an "unavailable" Retry (no attempt spent); unknown users, invalid content and partial
 * delivery become Permanent.
 * <p>
 * Exactly once as the user sees it: every message/send carries {@code enable_duplicate_check=1} with
 * {@code duplicate_check_interval}, and the JSON of one outbox row renders byte-identical on every try (the renderer
 * takes nothing from the clock), so a retry after "sent, then the process died before recording it" is dropped by
 * WeCom instead of reaching the user twice. A card with an image is two calls; the parts already out are skipped
 * ({@link SendProgress}), so a 45009 on the image never resends the card.
 * WxJava itself re-fetches the token and retries once on 40001/40014/42001; if that still fails the shared token is
 * expired here so the next try starts from a fresh one.
 */
public final class WecomSender implements ChannelSender {
    private static final Logger LOG = LoggerFactory.getLogger(WecomSender.class);

    private final WxCpService cp;
    private final WecomMessageRenderer renderer;
    private final MemberRateLimit rateLimit;
    private final ImageUploader uploader;
    private final int duplicateCheckSeconds;
    private final WecomCustomerTagWriter tags;
    private final FileContents files;

    public WecomSender(WxCpService cp, WecomMessageRenderer renderer, MemberRateLimit rateLimit,
                       ImageUploader uploader) {
        this(cp, renderer, rateLimit, uploader, DEFAULT_DUPLICATE_CHECK);
    }

    public WecomSender(WxCpService cp, WecomMessageRenderer renderer, MemberRateLimit rateLimit,
                       ImageUploader uploader, Duration duplicateCheck) {
        this(cp, renderer, rateLimit, uploader, duplicateCheck, new InMemoryKeyValueStore(Clock.systemUTC()),
                DEFAULT_TAG_GROUP);
    }

    /**
     * @param duplicateCheck WeCom's duplicate_check_interval: 1 s to 4 h
     * @param tagCache       shared cache of corp tag ids (the tag group is created once across instances)
     * @param tagGroup       the corp tag group of the write-back tags
     */
    public WecomSender(WxCpService cp, WecomMessageRenderer renderer, MemberRateLimit rateLimit,
                       ImageUploader uploader, Duration duplicateCheck, KeyValueStore tagCache, String tagGroup) {
        this(cp, renderer, rateLimit, uploader, duplicateCheck, tagCache, tagGroup, FileContents.none());
    }

    /** @param files loads the bytes of {@link FileMessage}s when they are sent (the outbox keeps references only) */
    public WecomSender(WxCpService cp, WecomMessageRenderer renderer, MemberRateLimit rateLimit,
                       ImageUploader uploader, Duration duplicateCheck, KeyValueStore tagCache, String tagGroup,
                       FileContents files) {
        if (duplicateCheck.compareTo(Duration.ofSeconds(1)) < 0 || duplicateCheck.compareTo(Duration.ofHours(4)) > 0) {
            throw new IllegalArgumentException("wecom duplicate check interval must be between 1s and 4h");
        }
        this.cp = cp;
        this.renderer = renderer;
        this.rateLimit = rateLimit;
        this.uploader = uploader;
        this.duplicateCheckSeconds = (int) duplicateCheck.toSeconds();
        this.tags = new WecomCustomerTagWriter(cp, tagCache, tagGroup);
        this.files = files;
    }

    public static final String DEFAULT_TAG_GROUP = "销售助手";

    /** WeCom's own default interval. */
    public static final Duration DEFAULT_DUPLICATE_CHECK = Duration.ofSeconds(1800);

    @Override
    public String channel() {
        return WecomInboundDecoder.CHANNEL;
    }

    @Override
    public SendResult send(String recipient, OutgoingMessage message) {
        return send(recipient, message, SendProgress.NONE);
    }

    @Override
    public SendResult send(String recipient, OutgoingMessage message, SendProgress progress) {
        if (message instanceof CustomerTagUpdate update) {
            // R16 write-back: mark_tag on the external contact as seen by the member (tag group created once)
            return tags.markTags(recipient, update.externalUserId(), update.tags());
        }
        if (message instanceof FileMessage file) {
            return sendFile(recipient, file, progress);
        }
        int parts = renderer.messageCount(message);
        int done = Math.min(Math.max(progress.partsDone(), 0), parts);
        if (done == parts) {
            return new SendResult.Sent();
        }
        Duration wait = rateLimit.acquire(recipient, parts - done);
        if (!wait.isZero()) {
            return SendResult.Retry.unavailable(wait,
                    "wecom per-member rate limit (30/min, 1000/h) reached for " + recipient);
        }
        try {
            List<WxCpMessage> rendered = renderer.render(recipient, message, uploader, progress.key());
            for (int i = done; i < rendered.size(); i++) {
                WxCpMessageSendResult result = cp.getMessageService().send(withDuplicateCheck(rendered.get(i)));
                if (hasText(result.getInvalidUser())) {
                    return new SendResult.Permanent("wecom invaliduser=" + result.getInvalidUser()
                            + " (not delivered to them)");
                }
                if (i + 1 < rendered.size() && !progress.partSent(i + 1)) {
                    return new SendResult.Retry(Duration.ZERO, "lease lost after part " + (i + 1));
                }
            }
            return new SendResult.Sent();
        } catch (WxErrorException | RuntimeException e) {
            return failed("send", e);
        }
    }

    /**
     * A file message: the bytes are loaded now (FileContents), uploaded through media/upload type=file under the
     * file's own name, then sent as msgtype=file. When the bytes are gone or exceed WeCom's 20 MB file limit the
     * fallback text (the signed link) is sent instead, so the rep always gets the document.
     */
    private SendResult sendFile(String recipient, FileMessage file, SendProgress progress) {
        if (progress.partsDone() >= 1) {
            return new SendResult.Sent();
        }
        java.util.Optional<byte[]> bytes = files.load(file.ref());
        if (bytes.isEmpty() || bytes.get().length == 0 || bytes.get().length > FileContents.MAX_FILE_BYTES) {
            LOG.info("wecom file {} not sendable as a file ({}), sending its link", file.ref(),
                    bytes.isEmpty() ? "no bytes" : bytes.get().length + " bytes");
            return send(recipient, new TextMessage(file.fallbackText()), progress);
        }
        Duration wait = rateLimit.acquire(recipient, 1);
        if (!wait.isZero()) {
            return SendResult.Retry.unavailable(wait,
                    "wecom per-member rate limit (30/min, 1000/h) reached for " + recipient);
        }
        java.nio.file.Path dir = null;
        try {
            // from a file, never a stream (WxJava re-sends a consumed stream after a token error), named as the rep
            // should see it
            dir = java.nio.file.Files.createTempDirectory("salesbot-file-");
            java.nio.file.Path path = dir.resolve(safeName(file.fileName()));
            java.nio.file.Files.write(path, bytes.get());
            String mediaId = cp.getMediaService().upload(WxConsts.MediaFileType.FILE, path.toFile()).getMediaId();
            cp.getMessageService().send(withDuplicateCheck(renderer.file(recipient, mediaId)));
            return new SendResult.Sent();
        } catch (java.io.IOException e) {
            return SendResult.Retry.unavailable(WecomErrors.IO_RETRY, "cannot stage the file: " + e.getMessage());
        } catch (WxErrorException | RuntimeException e) {
            return failed("file send", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
        return cleaned.isBlank() || cleaned.startsWith(".") ? "file" + cleaned : cleaned;
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> paths = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path p : paths.toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
            java.nio.file.Files.deleteIfExists(dir);
        } catch (java.io.IOException ignored) {
            // a leftover temp file is harmless
        }
    }

    /** The message with WeCom's duplicate check on: the same JSON within the interval is delivered once. */
    public WxCpMessage withDuplicateCheck(WxCpMessage message) {
        message.setEnableDuplicateCheck(true);
        message.setDuplicateCheckInterval(duplicateCheckSeconds);
        return message;
    }

    /**
     * Replaces a tapped template card via update_template_card with the click's response_code (usable once, 72 h).
     * An interactive card replaces the whole card (with a task_id of its own); any other card greys out the buttons
     * with the card title as replace_name and follows as a message. The body is
     * {@link WecomMessageRenderer#update}, the same the sandbox previews.
     */
    @Override
    public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
        return updateCard(recipient, promptId, responseCode, card, SendProgress.NONE);
    }

    /**
     * The update is part 1 and each follow-up message a further part: a retry skips the parts already out (the
     * response_code is usable once) and the follow-ups carry WeCom's duplicate check like every other message.
     */
    @Override
    public SendResult updateCard(String recipient, String promptId, String responseCode, Card card,
                                 SendProgress progress) {
        if (!hasText(responseCode)) {
            return new SendResult.Permanent("wecom updateCard needs the click's response_code");
        }
        try {
            WecomMessageRenderer.CardUpdate update = renderer.update(recipient, responseCode, card, progress.key());
            int parts = 1 + update.followUps().size();
            int done = Math.min(Math.max(progress.partsDone(), 0), parts);
            if (done == 0) {
                String url = cp.getWxCpConfigStorage().getApiUrl(WxCpApiPathConsts.TaskCard.UPDATE_TEMPLATE_CARD);
                cp.post(url, update.body().toString());
                done = 1;
                if (done < parts && !progress.partSent(done)) {
                    return new SendResult.Retry(Duration.ZERO, "lease lost after part " + done);
                }
            }
            for (int i = done; i < parts; i++) {
                cp.getMessageService().send(withDuplicateCheck(update.followUps().get(i - 1)));
                if (i + 1 < parts && !progress.partSent(i + 1)) {
                    return new SendResult.Retry(Duration.ZERO, "lease lost after part " + (i + 1));
                }
            }
            return new SendResult.Sent();
        } catch (WxErrorException | RuntimeException e) {
            return failed("update_template_card", e);
        }
    }

    private SendResult failed(String call, Throwable e) {
        if (WecomErrors.isTokenError(e)) {
            cp.getWxCpConfigStorage().expireAccessToken();
        }
        SendResult result = WecomErrors.classify(e);
        LOG.warn("wecom {} failed: {}", call, result);
        return result;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}

package com.salesbot.adapters.wecom.send;

import com.salesbot.adapters.wecom.inbound.WecomInboundDecoder;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.port.ChannelSender;
import com.salesbot.core.port.SendResult;
import java.time.Duration;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.constant.WxCpApiPathConsts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers messages through the WeCom app message API. Never throws for delivery errors: rate limits, token errors,
 * system busy and I/O become Retry; unknown users, invalid content and partial delivery become Permanent.
 * WxJava itself re-fetches the token and retries once on 40001/40014/42001; if that still fails the shared token is
 * expired here so the next try starts from a fresh one.
 */
public final class WecomSender implements ChannelSender {
    private static final Logger LOG = LoggerFactory.getLogger(WecomSender.class);

    private final WxCpService cp;
    private final WecomMessageRenderer renderer;
    private final MemberRateLimit rateLimit;
    private final ImageUploader uploader;

    public WecomSender(WxCpService cp, WecomMessageRenderer renderer, MemberRateLimit rateLimit,
                       ImageUploader uploader) {
        this.cp = cp;
        this.renderer = renderer;
        this.rateLimit = rateLimit;
        this.uploader = uploader;
    }

    @Override
    public String channel() {
        return WecomInboundDecoder.CHANNEL;
    }

    @Override
    public SendResult send(String recipient, OutgoingMessage message) {
        Duration wait = rateLimit.acquire(recipient, renderer.messageCount(message));
        if (!wait.isZero()) {
            return new SendResult.Retry(wait, "wecom per-member rate limit (30/min, 1000/h) reached for " + recipient);
        }
        try {
            for (WxCpMessage m : renderer.render(recipient, message, uploader)) {
                WxCpMessageSendResult result = cp.getMessageService().send(m);
                if (hasText(result.getInvalidUser())) {
                    return new SendResult.Permanent("wecom invaliduser=" + result.getInvalidUser()
                            + " (not delivered to them)");
                }
            }
            return new SendResult.Sent();
        } catch (WxErrorException | RuntimeException e) {
            return failed("send", e);
        }
    }

    /**
     * Replaces a tapped template card via update_template_card with the click's response_code (usable once, 72 h).
     * An interactive card replaces the whole card (with a task_id of its own); any other card greys out the buttons
     * with the card title as replace_name and follows as a message. The body is
     * {@link WecomMessageRenderer#update}, the same the sandbox previews.
     */
    @Override
    public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
        if (!hasText(responseCode)) {
            return new SendResult.Permanent("wecom updateCard needs the click's response_code");
        }
        try {
            WecomMessageRenderer.CardUpdate update = renderer.update(recipient, responseCode, card);
            String url = cp.getWxCpConfigStorage().getApiUrl(WxCpApiPathConsts.TaskCard.UPDATE_TEMPLATE_CARD);
            cp.post(url, update.body().toString());
            for (WxCpMessage m : update.followUps()) {
                cp.getMessageService().send(m);
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

package com.salesbot.bot.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.send.DingtalkMessageRenderer;
import com.salesbot.adapters.dingtalk.send.RobotMessage;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.bot.sandbox.SandboxDelivery.Previews;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;

/**
 * Shows a message as the WeCom and DingTalk senders would post it, using their own renderers, so the preview is
 * the real platform JSON (with a placeholder media id where an uploaded image would be).
 */
final class PlatformPreviews {
    static final String MEDIA_PLACEHOLDER = "MEDIA_ID_OF_";
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final WecomMessageRenderer wecom;
    private final DingtalkMessageRenderer dingtalk = new DingtalkMessageRenderer();

    PlatformPreviews(int wecomAgentId, String sourceName) {
        this.wecom = new WecomMessageRenderer(wecomAgentId, sourceName);
    }

    Previews of(String recipient, OutgoingMessage message) {
        return new Previews(wecom(recipient, message), dingtalk(message));
    }

    /** A card update: WeCom's update_template_card body, DingTalk's card parameters. */
    Previews ofUpdate(String recipient, Card card) {
        String wecomJson;
        if (WecomMessageRenderer.isInteractive(card)) {
            JsonObject body = new JsonObject();
            body.add("template_card", wecom.templateCardJson(recipient, card));
            wecomJson = PRETTY.toJson(body);
        } else {
            wecomJson = wecom(recipient, card);
        }
        return new Previews(wecomJson, PRETTY.toJson(dingtalk.cardParams(card)));
    }

    private String wecom(String recipient, OutgoingMessage message) {
        try {
            JsonArray out = new JsonArray();
            for (WxCpMessage m : wecom.render(recipient, message, image -> MEDIA_PLACEHOLDER + image.name())) {
                out.add(JsonParser.parseString(m.toJson()));
            }
            return PRETTY.toJson(out);
        } catch (WxErrorException | RuntimeException e) {
            return "WeCom cannot show this message: " + e.getMessage();
        }
    }

    private String dingtalk(OutgoingMessage message) {
        JsonArray out = new JsonArray();
        String mediaId = message instanceof Card card && card.image() != null
                ? MEDIA_PLACEHOLDER + card.image().name() : null;
        for (RobotMessage m : dingtalk.robotMessages(message, mediaId)) {
            JsonObject item = new JsonObject();
            item.addProperty("msgKey", m.msgKey());
            item.add("msgParam", JsonParser.parseString(m.msgParam()));
            out.add(item);
        }
        if (message instanceof Card card && card.promptId() != null && !card.buttons().isEmpty()) {
            JsonObject interactive = new JsonObject();
            interactive.addProperty("note", "with an interactive card template: cardParamMap");
            interactive.add("cardParamMap", PRETTY.toJsonTree(dingtalk.cardParams(card)));
            out.add(interactive);
        }
        return PRETTY.toJson(out);
    }
}

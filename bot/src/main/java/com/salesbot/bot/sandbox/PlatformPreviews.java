package com.salesbot.bot.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.send.DingtalkMessageRenderer;
import com.salesbot.adapters.dingtalk.send.RobotMessage;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.bot.sandbox.SandboxDelivery.Previews;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.OutgoingMessage;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;

/**
 * Shows a message as the exact request bodies the WeCom and DingTalk senders post, built by the same code the
 * senders use (WxJava's message JSON and {@link WecomMessageRenderer#update} for WeCom,
 * {@link DingtalkOpenApi#batchSendBody} for DingTalk), with placeholders where only the platform knows the value
 * (an uploaded image's media id, the click's response code).
 */
final class PlatformPreviews {
    static final String MEDIA_PLACEHOLDER = "MEDIA_ID_OF_";
    static final String RESPONSE_CODE_PLACEHOLDER = "RESPONSE_CODE_OF_THE_CLICK";
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final WecomMessageRenderer wecom;
    private final DingtalkMessageRenderer dingtalk = new DingtalkMessageRenderer();
    private final String robotCode;

    PlatformPreviews(int wecomAgentId, String sourceName, String robotCode) {
        this.wecom = new WecomMessageRenderer(wecomAgentId, sourceName);
        this.robotCode = robotCode;
    }

    Previews of(String recipient, OutgoingMessage message) {
        return new Previews(wecom(recipient, message), dingtalk(recipient, message));
    }

    /** A card update: WeCom's update_template_card body (and what follows it), DingTalk's card update. */
    Previews ofUpdate(String recipient, Card card) {
        JsonArray wecomOut = new JsonArray();
        try {
            WecomMessageRenderer.CardUpdate update = wecom.update(recipient, RESPONSE_CODE_PLACEHOLDER, card);
            wecomOut.add(request("POST /cgi-bin/message/update_template_card", update.body()));
            for (WxCpMessage m : update.followUps()) {
                wecomOut.add(request("POST /cgi-bin/message/send", JsonParser.parseString(m.toJson())));
            }
        } catch (RuntimeException e) {
            return new Previews("WeCom cannot show this message: " + e.getMessage(), dingtalk(recipient, card));
        }
        JsonObject update = new JsonObject();
        update.addProperty("outTrackId", "OUT_TRACK_ID_OF_THE_CLICKED_CARD");
        JsonObject cardData = new JsonObject();
        cardData.add("cardParamMap", PRETTY.toJsonTree(dingtalk.cardParams(card)));
        update.add("cardData", cardData);
        JsonObject options = new JsonObject();
        options.addProperty("updateCardDataByKey", true);
        update.add("cardUpdateOptions", options);
        update.addProperty("userIdType", 1);
        JsonArray dingtalkOut = new JsonArray();
        dingtalkOut.add(request("PUT /v1.0/card/instances (with an interactive card template)", update));
        JsonArray withoutTemplate = JsonParser.parseString(dingtalk(recipient, card)).getAsJsonArray();
        withoutTemplate.forEach(dingtalkOut::add);
        return new Previews(PRETTY.toJson(wecomOut), PRETTY.toJson(dingtalkOut));
    }

    private String wecom(String recipient, OutgoingMessage message) {
        try {
            JsonArray out = new JsonArray();
            if (message instanceof FileMessage file) {
                // the bytes are loaded when sending; here only the two calls, with the media id they would use
                JsonObject upload = new JsonObject();
                upload.addProperty("media", file.fileName() + " (multipart, from " + file.ref() + ")");
                out.add(request("POST /cgi-bin/media/upload?type=file", upload));
                out.add(request("POST /cgi-bin/message/send", JsonParser.parseString(
                        wecom.file(recipient, MEDIA_PLACEHOLDER + file.fileName()).toJson())));
                return PRETTY.toJson(out);
            }
            for (WxCpMessage m : wecom.render(recipient, message, image -> MEDIA_PLACEHOLDER + image.name())) {
                out.add(request("POST /cgi-bin/message/send", JsonParser.parseString(m.toJson())));
            }
            return PRETTY.toJson(out);
        } catch (WxErrorException | RuntimeException e) {
            return "WeCom cannot show this message: " + e.getMessage();
        }
    }

    private String dingtalk(String recipient, OutgoingMessage message) {
        JsonArray out = new JsonArray();
        if (message instanceof FileMessage file) {
            JsonObject upload = new JsonObject();
            upload.addProperty("media", file.fileName() + " (multipart, from " + file.ref() + ")");
            out.add(request("POST oapi /media/upload?type=file", upload));
            RobotMessage m = dingtalk.fileMessage(MEDIA_PLACEHOLDER + file.fileName(), file.fileName());
            out.add(request("POST /v1.0/robot/oToMessages/batchSend", PRETTY.toJsonTree(
                    DingtalkOpenApi.batchSendBody(robotCode, List.of(recipient), m.msgKey(), m.msgParam()))));
            return PRETTY.toJson(out);
        }
        String mediaId = message instanceof Card card && card.image() != null
                ? MEDIA_PLACEHOLDER + card.image().name() : null;
        for (RobotMessage m : dingtalk.robotMessages(message, mediaId)) {
            out.add(request("POST /v1.0/robot/oToMessages/batchSend", PRETTY.toJsonTree(
                    DingtalkOpenApi.batchSendBody(robotCode, List.of(recipient), m.msgKey(), m.msgParam()))));
        }
        if (message instanceof Card card && card.promptId() != null && !card.buttons().isEmpty()) {
            JsonObject interactive = new JsonObject();
            interactive.addProperty("note", "with an interactive card template the card is sent instead as "
                    + "POST /v1.0/card/instances/createAndDeliver with this cardParamMap");
            interactive.add("cardParamMap", PRETTY.toJsonTree(dingtalk.cardParams(card)));
            out.add(interactive);
        }
        return PRETTY.toJson(out);
    }

    private static JsonObject request(String call, com.google.gson.JsonElement body) {
        JsonObject item = new JsonObject();
        item.addProperty("request", call);
        item.add("body", body);
        return item;
    }
}

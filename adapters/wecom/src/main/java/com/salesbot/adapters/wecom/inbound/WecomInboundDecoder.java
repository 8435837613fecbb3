package com.salesbot.adapters.wecom.inbound;

import com.salesbot.adapters.wecom.xml.EventIdentity;
import com.salesbot.adapters.wecom.xml.SafeXml;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.InboundDecoder;
import java.util.List;
import java.util.Map;

/**
 * Turns a decrypted WeCom callback XML (as stored in the inbox by the verifier) into an {@link InboundMessage}:
 * text → TEXT, template_card_event → CARD_ACTION, enter_agent → ENTER_CHAT, anything else → OTHER.
 * <p>
 * Reads the XML in one StAX pass ({@link SafeXml#read}) instead of WxJava's XStream binding, which cost about 20
 * times as much per message on the pump's hot path (bench/load/VerifierCost.java); WxJava stays in charge of the
 * signature and the AES envelope. WecomDecoderParityTest checks both agree on the official vectors.
 */
public final class WecomInboundDecoder implements InboundDecoder {
    public static final String CHANNEL = "wecom";
    private static final String TEMPLATE_CARD_EVENT = "template_card_event";
    private static final String ENTER_AGENT = "enter_agent";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public InboundMessage decode(String payload) {
        SafeXml.Parsed parsed = SafeXml.read(payload);
        Map<String, String> fields = parsed.fields();
        String from = fields.get("FromUserName");
        String msgType = fields.get("MsgType");
        if (from == null || from.isBlank() || msgType == null || msgType.isBlank()) {
            throw new IllegalArgumentException("not a WeCom callback message: FromUserName or MsgType missing");
        }
        String eventId = EventIdentity.of(fields);
        long receivedAt = createTimeMillis(fields.get("CreateTime"));
        if ("text".equalsIgnoreCase(msgType)) {
            String content = fields.get("Content");
            String text = content == null ? "" : content;
            return message(eventId, from, InboundKind.TEXT, text, null, null, List.of(), null, receivedAt);
        }
        String event = fields.get("Event");
        if ("event".equalsIgnoreCase(msgType) && TEMPLATE_CARD_EVENT.equalsIgnoreCase(event)) {
            return message(eventId, from, InboundKind.CARD_ACTION, null, CardIds.promptIdOf(fields.get("TaskId")),
                    fields.get("EventKey"), parsed.optionIds(), fields.get("ResponseCode"), receivedAt);
        }
        InboundKind kind = "event".equalsIgnoreCase(msgType) && ENTER_AGENT.equalsIgnoreCase(event)
                ? InboundKind.ENTER_CHAT : InboundKind.OTHER;
        return message(eventId, from, kind, null, null, null, List.of(), null, receivedAt);
    }

    /** CreateTime is epoch seconds; a missing or unreadable one gives 0 (as WxJava's bean left it null). */
    private static long createTimeMillis(String createTime) {
        if (createTime == null || createTime.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(createTime.trim()) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static InboundMessage message(String eventId, String from, InboundKind kind, String text, String promptId,
                                          String actionKey, List<String> selected, String responseCode,
                                          long receivedAt) {
        return new InboundMessage(CHANNEL, eventId, from, kind, text, promptId, actionKey, selected, responseCode,
                null, false, receivedAt);
    }
}

package com.salesbot.adapters.wecom.inbound;

import com.salesbot.adapters.wecom.xml.EventIdentity;
import com.salesbot.adapters.wecom.xml.SafeXml;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.InboundDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;

/**
 * Turns a decrypted WeCom callback XML (as stored in the inbox by the verifier) into an {@link InboundMessage}:
 * text → TEXT, template_card_event → CARD_ACTION, enter_agent → ENTER_CHAT, anything else → OTHER.
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
        Map<String, String> fields = SafeXml.rootFields(payload);
        String from = fields.get("FromUserName");
        String msgType = fields.get("MsgType");
        if (from == null || from.isBlank() || msgType == null || msgType.isBlank()) {
            throw new IllegalArgumentException("not a WeCom callback message: FromUserName or MsgType missing");
        }
        WxCpXmlMessage msg = WxCpXmlMessage.fromXml(payload, fields.get("AgentID"));
        String eventId = EventIdentity.of(fields);
        long receivedAt = msg.getCreateTime() == null ? 0 : msg.getCreateTime() * 1000;
        if ("text".equalsIgnoreCase(msgType)) {
            String text = msg.getContent() == null ? "" : msg.getContent().trim();
            return message(eventId, from, InboundKind.TEXT, text, null, null, List.of(), null, receivedAt);
        }
        String event = msg.getEvent();
        if ("event".equalsIgnoreCase(msgType) && TEMPLATE_CARD_EVENT.equalsIgnoreCase(event)) {
            return message(eventId, from, InboundKind.CARD_ACTION, null, CardIds.promptIdOf(msg.getTaskId()),
                    msg.getEventKey(),
                    optionIds(msg), msg.getResponseCode(), receivedAt);
        }
        InboundKind kind = "event".equalsIgnoreCase(msgType) && ENTER_AGENT.equalsIgnoreCase(event)
                ? InboundKind.ENTER_CHAT : InboundKind.OTHER;
        return message(eventId, from, kind, null, null, null, List.of(), null, receivedAt);
    }

    private static List<String> optionIds(WxCpXmlMessage msg) {
        List<String> ids = new ArrayList<>();
        if (msg.getSelectedItems() != null) {
            for (WxCpXmlMessage.SelectedItem item : msg.getSelectedItems()) {
                if (item.getOptionIds() != null) {
                    ids.addAll(item.getOptionIds());
                }
            }
        }
        return ids;
    }

    private static InboundMessage message(String eventId, String from, InboundKind kind, String text, String promptId,
                                          String actionKey, List<String> selected, String responseCode,
                                          long receivedAt) {
        return new InboundMessage(CHANNEL, eventId, from, kind, text, promptId, actionKey, selected, responseCode,
                null, false, receivedAt);
    }
}

package com.salesbot.adapters.dingtalk.inbound;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.salesbot.core.card.CardIds;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.InboundDecoder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decodes a verified DingTalk payload (HTTP callback body or Stream {@code data}) into an {@link InboundMessage}.
 * Robot messages carry {@code msgId}; interactive-card clicks carry {@code outTrackId} and a {@code content}
 * (or {@code value}) JSON string with {@code cardPrivateData.actionIds/params}.
 */
public final class DingtalkInboundDecoder implements InboundDecoder {
    public static final String CHANNEL = "dingtalk";

    /** Leading "@机器人" mentions left in the text by some clients. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\s*@\\S+\\s+)+");

    private final Clock clock;

    public DingtalkInboundDecoder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public InboundMessage decode(String payload) {
        JsonObject json = Json.object(payload);
        if (Json.text(json, "msgId") != null) {
            return robotMessage(json, payload);
        }
        if (Json.text(json, "outTrackId") != null) {
            return cardAction(json, payload);
        }
        throw new IllegalArgumentException("not a DingTalk robot message or card callback");
    }

    private InboundMessage robotMessage(JsonObject json, String payload) {
        String msgType = Json.text(json, "msgtype");
        String text = switch (msgType == null ? "" : msgType) {
            case "text" -> Json.text(Json.child(json, "text"), "content");
            case "richText" -> richText(Json.embedded(json, "content"));
            default -> null;
        };
        text = text == null ? null : stripMentions(text);
        InboundKind kind = text == null || text.isEmpty() ? InboundKind.OTHER : InboundKind.TEXT;
        boolean group = "2".equals(Json.text(json, "conversationType"));
        return new InboundMessage(CHANNEL, DingtalkEventIds.of(json, payload), Json.text(json, "senderStaffId"), kind,
                kind == InboundKind.TEXT ? text : null, null, null, List.of(), null,
                Json.text(json, "sessionWebhook"), group, receivedAt(json),
                group ? Json.text(json, "conversationId") : null);
    }

    /** The card's outTrackId is the prompt id plus a suffix ({@link CardIds}); it is kept as the response code. */
    private InboundMessage cardAction(JsonObject json, String payload) {
        String outTrackId = Json.text(json, "outTrackId");
        JsonObject privateData = cardPrivateData(json);
        JsonObject params = Json.child(privateData, "params");
        List<String> actionIds = strings(privateData == null ? null : privateData.get("actionIds"));
        String actionKey = firstNonNull(Json.text(params, "key"), Json.text(params, "action"),
                actionIds.isEmpty() ? null : actionIds.get(0));
        List<String> selected = strings(params == null ? null : params.get("selected"));
        return new InboundMessage(CHANNEL, DingtalkEventIds.of(json, payload), Json.text(json, "userId"),
                InboundKind.CARD_ACTION, null, CardIds.promptIdOf(outTrackId), actionKey, selected, outTrackId,
                Json.text(json, "spaceId"), "IM_GROUP".equals(Json.text(json, "spaceType")), clock.millis());
    }

    private static JsonObject cardPrivateData(JsonObject json) {
        for (String member : List.of("content", "value")) {
            JsonObject holder = Json.embedded(json, member);
            JsonObject privateData = Json.child(holder, "cardPrivateData");
            if (privateData != null) {
                return privateData;
            }
        }
        return null;
    }

    private static String richText(JsonObject content) {
        if (content == null || !content.has("richText") || !content.get("richText").isJsonArray()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonElement part : content.getAsJsonArray("richText")) {
            if (part.isJsonObject()) {
                String piece = Json.text(part.getAsJsonObject(), "text");
                if (piece != null) {
                    text.append(piece);
                }
            }
        }
        return text.toString();
    }

    static String stripMentions(String text) {
        return LEADING_MENTIONS.matcher(text).replaceFirst("").strip();
    }

    private long receivedAt(JsonObject json) {
        JsonElement createAt = json.get("createAt");
        if (createAt != null && createAt.isJsonPrimitive() && createAt.getAsJsonPrimitive().isNumber()) {
            return createAt.getAsLong();
        }
        return clock.millis();
    }

    /** A JSON array of strings, or a comma-separated string. */
    private static List<String> strings(JsonElement element) {
        List<String> values = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return values;
        }
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (JsonElement item : array) {
                if (item.isJsonPrimitive() && !item.getAsString().isBlank()) {
                    values.add(item.getAsString());
                }
            }
        } else if (element.isJsonPrimitive()) {
            for (String item : element.getAsString().split(",")) {
                if (!item.isBlank()) {
                    values.add(item.strip());
                }
            }
        }
        return values;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}

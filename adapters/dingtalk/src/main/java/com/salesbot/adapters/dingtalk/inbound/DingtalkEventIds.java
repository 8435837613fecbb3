package com.salesbot.adapters.dingtalk.inbound;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The inbox dedupe key of a DingTalk payload: the robot message's {@code msgId}; card callbacks carry no id,
 * so theirs is derived from the card and a digest of the payload (a redelivered click has the same body).
 */
public final class DingtalkEventIds {
    private DingtalkEventIds() {
    }

    /** @throws IllegalArgumentException when the payload is neither a robot message nor a card callback */
    public static String of(String rawJson) {
        return of(Json.object(rawJson), rawJson);
    }

    static String of(JsonObject json, String rawJson) {
        String msgId = Json.text(json, "msgId");
        if (msgId != null) {
            return msgId;
        }
        String outTrackId = Json.text(json, "outTrackId");
        if (outTrackId != null) {
            return "card:" + outTrackId + ":" + sha256Hex(rawJson).substring(0, 32);
        }
        throw new IllegalArgumentException("payload has neither msgId nor outTrackId");
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}

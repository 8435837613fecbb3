package com.salesbot.adapters.wecom.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The stable identity of a decrypted WeCom callback, used as the inbox dedupe key.
 * Messages carry a MsgId; events do not, so they are identified by the fields that make one click or change unique.
 */
public final class EventIdentity {
    private static final List<String> EVENT_FIELDS = List.of("FromUserName", "CreateTime", "Event", "EventKey",
            "TaskId", "ResponseCode", "ChangeType", "UserID", "ExternalUserID", "ChatId", "TagId", "Id");

    private EventIdentity() {
    }

    /** MsgId when present, otherwise "ev-" and a hash of the identifying event fields. */
    public static String of(Map<String, String> rootFields) {
        String msgId = rootFields.get("MsgId");
        if (msgId != null && !msgId.isBlank()) {
            return msgId;
        }
        StringBuilder joined = new StringBuilder();
        for (String field : EVENT_FIELDS) {
            joined.append(field).append('=').append(rootFields.getOrDefault(field, "")).append('\u001f');
        }
        return "ev-" + sha256Hex(joined.toString()).substring(0, 40);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

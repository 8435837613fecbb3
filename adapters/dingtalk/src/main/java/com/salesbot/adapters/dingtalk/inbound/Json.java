package com.salesbot.adapters.dingtalk.inbound;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Small null-tolerant Gson helpers for DingTalk payloads. */
final class Json {
    private Json() {
    }

    /** @throws IllegalArgumentException when the text is not a JSON object */
    static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty payload");
        }
        try {
            JsonElement element = JsonParser.parseString(text);
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException("payload is not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("payload is not valid JSON", e);
        }
    }

    /** The member as text when it is a non-blank primitive, else null. */
    static String text(JsonObject json, String member) {
        if (json == null) {
            return null;
        }
        JsonElement value = json.get(member);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString();
        return text.isBlank() ? null : text;
    }

    static JsonObject child(JsonObject json, String member) {
        if (json == null) {
            return null;
        }
        JsonElement value = json.get(member);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    /** A member that is either a nested object or a string holding a JSON object (DingTalk uses both). */
    static JsonObject embedded(JsonObject json, String member) {
        JsonObject nested = child(json, member);
        if (nested != null) {
            return nested;
        }
        String text = text(json, member);
        if (text == null || !text.trim().startsWith("{")) {
            return null;
        }
        try {
            return object(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package com.salesbot.core.chat.dialog;

import com.salesbot.core.model.Require;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A prompt waiting for a person: its kind (the prefix of its id, registered by the feature that owns it), who it
 * is for, which step it is at and what was collected so far. Kept in the
 * key-value store as a URL-encoded line so that Redis and memory hold the same text.
 */
public record PromptState(String id, String kind, String repId, String step, Map<String, String> data) {
    public PromptState {
        Require.text(id, "prompt id");
        Require.text(kind, "prompt kind");
        if (!id.startsWith(kind + "-")) {
            throw new IllegalArgumentException("prompt id " + id + " does not start with its kind " + kind + "-");
        }
        Require.text(repId, "rep id");
        Require.text(step, "step");
        data = Map.copyOf(data);
    }

    public String get(String key) {
        return data.get(key);
    }

    public PromptState with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(data);
        copy.put(key, value);
        return new PromptState(id, kind, repId, step, copy);
    }

    public PromptState atStep(String newStep) {
        return new PromptState(id, kind, repId, newStep, data);
    }

    String encode() {
        StringJoiner out = new StringJoiner("&");
        out.add("_kind=" + enc(kind)).add("_rep=" + enc(repId)).add("_step=" + enc(step));
        data.forEach((k, v) -> out.add(enc(k) + "=" + enc(v)));
        return out.toString();
    }

    static PromptState decode(String id, String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
            }
        }
        values.remove("_kind");
        String kind = kindOf(id);
        String rep = values.remove("_rep");
        String step = values.remove("_step");
        return new PromptState(id, kind, rep, step, values);
    }

    /** The kind a prompt id belongs to: what precedes its first '-', null when it has none. */
    public static String kindOf(String promptId) {
        int dash = promptId == null ? -1 : promptId.indexOf('-');
        return dash <= 0 ? null : promptId.substring(0, dash);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

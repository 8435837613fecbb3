package com.salesbot.adapters.wecom.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.send.WecomLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documented rules of message/send and update_template_card that the fake WeCom server enforces on top of its
 * basic checks: field lengths and counts of template cards, task_id unique per app (42014) and content size (45002).
 * Numbers come from {@link WecomLimits}, which names the published pages. Kept apart from the server so other
 * changes to the fake merge cleanly.
 */
public final class WecomRequestRules {
    /** A refusal with WeCom's errcode, and the rule it breaks. */
    public record Refusal(int errcode, String rule) {
    }

    private final Set<String> taskIds = ConcurrentHashMap.newKeySet();

    /** Checks a message/send body; a refusal when WeCom would refuse it. */
    public Refusal checkSend(JsonObject body) {
        String type = str(body, "msgtype");
        if (type == null || !body.has(type) || !body.get(type).isJsonObject()) {
            return null;
        }
        JsonObject m = body.getAsJsonObject(type);
        if (type.equals("text") || type.equals("markdown")) {
            String content = str(m, "content");
            int limit = type.equals("text") ? WecomLimits.TEXT_BYTES : WecomLimits.MARKDOWN_BYTES;
            if (content != null && content.getBytes(StandardCharsets.UTF_8).length > limit) {
                return new Refusal(WecomLimits.ERR_CONTENT_TOO_LARGE, type + ".content over " + limit + " bytes ("
                        + content.getBytes(StandardCharsets.UTF_8).length + ")");
            }
        }
        if (type.equals("template_card")) {
            return checkCard(m);
        }
        return null;
    }

    /** Checks the template_card of an update_template_card body (same field rules, new task_id unique too). */
    public Refusal checkUpdate(JsonObject body) {
        if (!body.has("template_card")) {
            JsonObject button = body.has("button") ? body.getAsJsonObject("button") : null;
            String name = button == null ? null : str(button, "replace_name");
            if (name != null && chars(name) > WecomLimits.REPLACE_NAME_CHARS) {
                return new Refusal(40058, "button.replace_name over " + WecomLimits.REPLACE_NAME_CHARS + " chars");
            }
            return null;
        }
        return checkCard(body.getAsJsonObject("template_card"));
    }

    private Refusal checkCard(JsonObject card) {
        List<String> problems = new ArrayList<>();
        JsonObject source = obj(card, "source");
        max(problems, "source.desc", source == null ? null : str(source, "desc"), WecomLimits.SOURCE_DESC_CHARS);
        JsonObject title = obj(card, "main_title");
        max(problems, "main_title.title", title == null ? null : str(title, "title"), WecomLimits.MAIN_TITLE_CHARS);
        max(problems, "main_title.desc", title == null ? null : str(title, "desc"), 30);
        max(problems, "sub_title_text", str(card, "sub_title_text"), WecomLimits.SUB_TITLE_CHARS);
        JsonObject emphasis = obj(card, "emphasis_content");
        if (emphasis != null) {
            max(problems, "emphasis_content.title", str(emphasis, "title"), WecomLimits.EMPHASIS_TITLE_CHARS);
            max(problems, "emphasis_content.desc", str(emphasis, "desc"), WecomLimits.EMPHASIS_DESC_CHARS);
        }
        JsonArray horizontal = arr(card, "horizontal_content_list");
        if (horizontal.size() > WecomLimits.HORIZONTAL_ITEMS) {
            problems.add("horizontal_content_list over " + WecomLimits.HORIZONTAL_ITEMS);
        }
        for (JsonElement e : horizontal) {
            JsonObject item = e.getAsJsonObject();
            max(problems, "horizontal_content.keyname", str(item, "keyname"), WecomLimits.HORIZONTAL_KEY_CHARS);
            max(problems, "horizontal_content.value", str(item, "value"), WecomLimits.HORIZONTAL_VALUE_CHARS);
            if (item.has("type") && item.get("type").getAsInt() == 1) {
                String url = str(item, "url");
                if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                    problems.add("horizontal_content type 1 needs an absolute url");
                }
            }
        }
        JsonArray buttons = arr(card, "button_list");
        if (buttons.size() > WecomLimits.BUTTONS) {
            problems.add("button_list over " + WecomLimits.BUTTONS);
        }
        for (JsonElement e : buttons) {
            JsonObject b = e.getAsJsonObject();
            max(problems, "button.text", str(b, "text"), WecomLimits.BUTTON_TEXT_CHARS);
            String key = str(b, "key");
            if (key != null && key.getBytes(StandardCharsets.UTF_8).length > WecomLimits.BUTTON_KEY_BYTES) {
                problems.add("button.key over " + WecomLimits.BUTTON_KEY_BYTES + " bytes");
            }
        }
        if (!problems.isEmpty()) {
            return new Refusal(40058, String.join("; ", problems));
        }
        String taskId = str(card, "task_id");
        if (taskId != null && !taskIds.add(taskId)) {
            return new Refusal(WecomLimits.ERR_TASK_ID_EXISTS, "task_id " + taskId + " has existed");
        }
        return null;
    }

    private static void max(List<String> problems, String field, String value, int maxChars) {
        if (value != null && chars(value) > maxChars) {
            problems.add(field + " over " + maxChars + " chars (" + chars(value) + ")");
        }
    }

    private static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    private static JsonObject obj(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonObject() ? o.getAsJsonObject(key) : null;
    }

    private static JsonArray arr(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}

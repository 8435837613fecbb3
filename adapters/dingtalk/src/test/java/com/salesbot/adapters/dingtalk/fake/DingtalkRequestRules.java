package com.salesbot.adapters.dingtalk.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.send.DingtalkLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documented request rules the fake DingTalk server enforces: robot batchSend (robotCode, userIds 1..20,
 * a known msgKey, msgParam a JSON <em>string</em> with the msgKey's keys, http(s) button URLs only, size), interactive
 * cards (template id, an outTrackId never used before, string parameters; updates only of cards that exist) and work
 * notifications (agent id, recipients, markdown msg within 2,048 bytes). Numbers come from {@link DingtalkLimits},
 * which names the published pages.
 */
public final class DingtalkRequestRules {
    private static final Map<String, List<String>> MSG_KEYS = Map.ofEntries(
            Map.entry("sampleText", List.of("content")),
            Map.entry("sampleFile", List.of("mediaId", "fileName", "fileType")),
            Map.entry("sampleMarkdown", List.of("title", "text")),
            Map.entry("sampleImageMsg", List.of("photoURL")),
            Map.entry("sampleActionCard", List.of("title", "text", "singleTitle", "singleURL")),
            Map.entry("sampleActionCard2", List.of("title", "text", "actionTitle1", "actionURL1", "actionTitle2", "actionURL2")),
            Map.entry("sampleActionCard3", List.of("title", "text", "actionTitle1", "actionURL1", "actionTitle3", "actionURL3")),
            Map.entry("sampleActionCard4", List.of("title", "text", "actionTitle1", "actionURL1", "actionTitle4", "actionURL4")),
            Map.entry("sampleActionCard5", List.of("title", "text", "actionTitle1", "actionURL1", "actionTitle5", "actionURL5")));

    private final Set<String> outTrackIds = ConcurrentHashMap.newKeySet();

    /** The problems of one request; empty when DingTalk would take it. Paths it does not know are not checked. */
    public List<String> check(String path, String body) {
        List<String> problems = new ArrayList<>();
        switch (path) {
            case "/v1.0/robot/oToMessages/batchSend" -> batchSend(json(body, problems), problems);
            case "/v1.0/card/instances/createAndDeliver" -> createCard(json(body, problems), problems);
            case "/v1.0/card/instances" -> updateCard(json(body, problems), problems);
            case "/topapi/message/corpconversation/asyncsend_v2" -> workNotice(body, problems);
            default -> {
            }
        }
        return problems;
    }

    private static void batchSend(JsonObject b, List<String> problems) {
        if (b == null) {
            return;
        }
        if (text(b, "robotCode") == null) {
            problems.add("robotCode required");
        }
        if (!b.has("userIds") || !b.get("userIds").isJsonArray() || b.getAsJsonArray("userIds").isEmpty()
                || b.getAsJsonArray("userIds").size() > DingtalkLimits.ROBOT_USER_IDS) {
            problems.add("userIds must hold 1.." + DingtalkLimits.ROBOT_USER_IDS + " staff ids");
        }
        String key = text(b, "msgKey");
        if (key == null || !MSG_KEYS.containsKey(key)) {
            problems.add("unknown msgKey " + key);
            return;
        }
        JsonElement raw = b.get("msgParam");
        if (raw == null || !raw.isJsonPrimitive() || !raw.getAsJsonPrimitive().isString()) {
            problems.add("msgParam must be a JSON string, not " + (raw == null ? "missing" : "an object"));
            return;
        }
        JsonObject param;
        try {
            param = JsonParser.parseString(raw.getAsString()).getAsJsonObject();
        } catch (RuntimeException e) {
            problems.add("msgParam is not a JSON object");
            return;
        }
        for (String required : MSG_KEYS.get(key)) {
            if (text(param, required) == null || text(param, required).isBlank()) {
                problems.add(key + "." + required + " required");
            }
        }
        for (var entry : param.entrySet()) {
            if (entry.getKey().toLowerCase().endsWith("url") && !entry.getKey().equals("photoURL")) {
                String url = entry.getValue().getAsString();
                if (!(url.startsWith("https://") || url.startsWith("http://"))) {
                    problems.add(key + "." + entry.getKey() + " must be an http(s) URL: " + url);
                }
            }
        }
        int size = raw.getAsString().getBytes(StandardCharsets.UTF_8).length;
        if (size > DingtalkLimits.ROBOT_TEXT_BYTES + 512) {
            problems.add("msgParam of " + size + " bytes");
        }
    }

    private void createCard(JsonObject b, List<String> problems) {
        if (b == null) {
            return;
        }
        for (String required : List.of("cardTemplateId", "outTrackId", "openSpaceId")) {
            if (text(b, required) == null) {
                problems.add(required + " required");
            }
        }
        String id = text(b, "outTrackId");
        if (id != null && !outTrackIds.add(id)) {
            problems.add("outTrackId " + id + " already used");
        }
        cardParams(b, problems);
    }

    private void updateCard(JsonObject b, List<String> problems) {
        if (b == null) {
            return;
        }
        String id = text(b, "outTrackId");
        if (id == null || !outTrackIds.contains(id)) {
            problems.add("update of an unknown outTrackId " + id);
        }
        cardParams(b, problems);
    }

    private static void cardParams(JsonObject b, List<String> problems) {
        JsonObject data = b.has("cardData") ? b.getAsJsonObject("cardData") : null;
        JsonObject params = data != null && data.has("cardParamMap") ? data.getAsJsonObject("cardParamMap") : null;
        if (params == null) {
            problems.add("cardData.cardParamMap required");
            return;
        }
        params.entrySet().forEach(e -> {
            if (!e.getValue().isJsonPrimitive() || !e.getValue().getAsJsonPrimitive().isString()) {
                problems.add("cardParamMap." + e.getKey() + " must be a string");
            }
        });
    }

    /** The legacy SDK posts {"agent_id","userid_list","to_all_user","msg":{…}} as JSON. */
    private static void workNotice(String body, List<String> problems) {
        JsonObject b = json(body, problems);
        if (b == null) {
            return;
        }
        if (text(b, "agent_id") == null || text(b, "agent_id").isBlank()) {
            problems.add("agent_id required");
        }
        String users = text(b, "userid_list");
        if (users == null || users.isBlank() || users.split(",").length > DingtalkLimits.WORK_NOTICE_USERS) {
            problems.add("userid_list must hold 1.." + DingtalkLimits.WORK_NOTICE_USERS + " ids");
        }
        JsonElement msgElement = b.get("msg");
        if (msgElement == null || msgElement.isJsonNull()) {
            problems.add("msg required");
            return;
        }
        JsonObject m = msgElement.isJsonObject() ? msgElement.getAsJsonObject()
                : JsonParser.parseString(msgElement.getAsString()).getAsJsonObject();
        int size = m.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size > DingtalkLimits.WORK_NOTICE_BYTES) {
            problems.add("msg of " + size + " bytes, over " + DingtalkLimits.WORK_NOTICE_BYTES);
        }
        if (!"markdown".equals(text(m, "msgtype")) || !m.has("markdown")
                || text(m.getAsJsonObject("markdown"), "title") == null
                || text(m.getAsJsonObject("markdown"), "text") == null) {
            problems.add("msg must be markdown with title and text");
        }
    }

    private static JsonObject json(String body, List<String> problems) {
        try {
            return JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException e) {
            problems.add("body is not a JSON object");
            return null;
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}

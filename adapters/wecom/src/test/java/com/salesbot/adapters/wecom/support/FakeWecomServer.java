package com.salesbot.adapters.wecom.support;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A local stand-in for qyapi.weixin.qq.com that checks request bodies against WeCom's documented formats. A request
 * that breaks a rule is answered with errcode 40058 and recorded in {@link #violations()}, so tests assert both.
 */
public final class FakeWecomServer implements AutoCloseable {
    public static final String CORP = "ww_fake_corp";
    public static final String SECRET = "fake-secret-9f2c";
    public static final int AGENT = 1000002;
    private static final Pattern TASK_ID = Pattern.compile("[0-9a-zA-Z_\\-@]{1,128}");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    public record Request(String method, String path, Map<String, String> query, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return JsonParser.parseString(text()).getAsJsonObject();
        }
    }

    private record Group(String id, String name, List<String[]> tags) {
    }

    static {
        // without TCP_NODELAY, headers and body go out as two packets and every call waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<String>> scripted = new ConcurrentHashMap<>();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> mediaIds = ConcurrentHashMap.newKeySet();
    private final Map<String, UploadedFile> files = new ConcurrentHashMap<>();
    private final Set<String> unusedResponseCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> unknownUsers = ConcurrentHashMap.newKeySet();
    private final List<Group> groups = new CopyOnWriteArrayList<>();
    private final List<Request> marks = new CopyOnWriteArrayList<>();
    private final AtomicInteger seq = new AtomicInteger();
    private final WecomRequestRules rules = new WecomRequestRules();
    private volatile long gettokenDelayMillis;
    private volatile java.util.concurrent.CountDownLatch gettokenGate;
    private final List<Interceptor> interceptors = new CopyOnWriteArrayList<>();
    private final Map<String, String> oauthCodes = new ConcurrentHashMap<>();
    private volatile String oauthUser;

    /** Answers a request before the fake's own handling (after the token check), or returns null to pass it on. */
    @FunctionalInterface
    public interface Interceptor {
        String answer(Request request);
    }

    /**
     * Adds behaviour kept in its own class (duplicate check, fault windows) without touching the handlers. The latest
     * interceptor is asked first, so a fault window added after the duplicate check refuses before it counts.
     */
    public <T extends Interceptor> T intercept(T interceptor) {
        interceptors.add(0, interceptor);
        return interceptor;
    }

    public FakeWecomServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next call to path answers this JSON instead (after the token check). */
    public void failNext(String path, int errcode, String errmsg) {
        scripted.computeIfAbsent(path, p -> new ArrayDeque<>())
                .add("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}");
    }

    /**
     * Web sign-in (网页授权登录): from now on the authorize page {@code /connect/oauth2/authorize} acts as if this
     * member were using the WeCom client and returns to the app's redirect_uri with a fresh code; null makes it
     * answer as for someone outside the corp (no code).
     */
    public void signedInMember(String userId) {
        this.oauthUser = userId;
    }

    /** A one-time OAuth2 code for the member, as the authorize page would hand out. */
    public String issueOauthCode(String userId) {
        String code = "CODE" + seq.incrementAndGet() + "o" + Long.toHexString(System.nanoTime());
        oauthCodes.put(code, userId);
        return code;
    }

    public void unknownUser(String userId) {
        unknownUsers.add(userId);
    }

    public void issueResponseCode(String code) {
        unusedResponseCodes.add(code);
    }

    public void invalidateTokens() {
        validTokens.clear();
    }

    public void gettokenDelay(long millis) {
        this.gettokenDelayMillis = millis;
    }

    /**
     * Holds every gettoken answer until {@code gate} opens (at most 20 s), so a test can prove that something
     * happens before a token could have been obtained; null stops holding.
     */
    public void holdGettoken(java.util.concurrent.CountDownLatch gate) {
        this.gettokenGate = gate;
    }

    public String addGroup(String name, String... tagNames) {
        Group g = new Group("et_group_" + seq.incrementAndGet(), name, new CopyOnWriteArrayList<>());
        for (String t : tagNames) {
            g.tags.add(new String[] {"et_tag_" + seq.incrementAndGet(), t});
        }
        groups.add(g);
        return g.id;
    }

    public Map<String, String> tagIds(String groupName) {
        Map<String, String> ids = new LinkedHashMap<>();
        groups.stream().filter(g -> g.name.equals(groupName)).forEach(g -> g.tags.forEach(t -> ids.put(t[1], t[0])));
        return ids;
    }

    public List<Request> marks() {
        return List.copyOf(marks);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path.equals(path)).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A file accepted by media/upload type=file: its media_id, the multipart filename and the bytes. */
    public record UploadedFile(String mediaId, String fileName, byte[] content) {
    }

    /** WeCom's limit for type=file uploads (媒体文件 普通文件 file: 20MB; every file must be larger than 5 bytes). */
    public static final int FILE_LIMIT = 20 * 1024 * 1024;

    /** Files uploaded with type=file, by media_id. */
    public Map<String, UploadedFile> files() {
        return Map.copyOf(files);
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            Request r = new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    query(ex.getRequestURI().getRawQuery()), ex.getRequestHeaders().getFirst("Content-Type"), body);
            requests.add(r);
            if (r.path.equals("/connect/oauth2/authorize")) {
                authorize(ex, r);
                return;
            }
            String answer;
            try {
                answer = answer(r);
            } catch (RuntimeException e) {
                answer = violation(r.path + ": unreadable request " + e);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    private String answer(Request r) {
        if (r.path.equals("/cgi-bin/gettoken")) {
            return gettoken(r);
        }
        if (!validTokens.contains(r.query.getOrDefault("access_token", ""))) {
            return "{\"errcode\":40014,\"errmsg\":\"invalid access_token\"}";
        }
        for (Interceptor interceptor : interceptors) {
            String intercepted = interceptor.answer(r);
            if (intercepted != null) {
                return intercepted;
            }
        }
        Deque<String> queue = scripted.get(r.path);
        String canned = queue == null ? null : queue.poll();
        if (canned != null) {
            return canned;
        }
        return switch (r.path) {
            case "/cgi-bin/message/send" -> send(r);
            case "/cgi-bin/auth/getuserinfo", "/cgi-bin/user/getuserinfo" -> oauthUserInfo(r);
            case "/cgi-bin/message/update_template_card" -> updateCard(r);
            case "/cgi-bin/media/upload" -> upload(r);
            case "/cgi-bin/externalcontact/get_corp_tag_list" -> tagList(r);
            case "/cgi-bin/externalcontact/add_corp_tag" -> addTag(r);
            case "/cgi-bin/externalcontact/mark_tag" -> markTag(r);
            default -> violation("unexpected path " + r.path);
        };
    }

    /**
     * The OAuth2 authorize page: checks appid (the corp id), response_type=code, a snsapi scope, redirect_uri and,
     * for snsapi_privateinfo, agentid, then 302s to redirect_uri with {@code code} and {@code state}. A request
     * WeCom would refuse is a violation and answered 400.
     */
    private void authorize(HttpExchange ex, Request r) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!"GET".equals(r.method)) {
            problems.add("authorize must be GET");
        }
        if (!CORP.equals(r.query.get("appid"))) {
            problems.add("appid is not the corp id");
        }
        if (!"code".equals(r.query.get("response_type"))) {
            problems.add("response_type must be code");
        }
        String scope = r.query.getOrDefault("scope", "");
        if (!scope.equals("snsapi_base") && !scope.equals("snsapi_privateinfo")) {
            problems.add("scope must be snsapi_base or snsapi_privateinfo");
        }
        if (scope.equals("snsapi_privateinfo") && !Integer.toString(AGENT).equals(r.query.get("agentid"))) {
            problems.add("agentid missing for snsapi_privateinfo");
        }
        String redirect = r.query.get("redirect_uri");
        if (redirect == null || !(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
            problems.add("redirect_uri missing or not absolute");
        }
        if (!problems.isEmpty()) {
            byte[] out = violation("authorize: " + problems).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(400, out.length);
            ex.getResponseBody().write(out);
            return;
        }
        String user = oauthUser;
        String state = r.query.getOrDefault("state", "");
        String target = redirect + (redirect.contains("?") ? "&" : "?")
                + (user == null ? "" : "code=" + java.net.URLEncoder.encode(issueOauthCode(user), StandardCharsets.UTF_8) + "&")
                + "state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Location", target);
        ex.sendResponseHeaders(302, -1);
    }

    /** code -> userid; a code works once (40029 invalid code for an unknown or used one, as WeCom documents). */
    private String oauthUserInfo(Request r) {
        String code = r.query.get("code");
        String user = code == null ? null : oauthCodes.remove(code);
        if (user == null) {
            return "{\"errcode\":40029,\"errmsg\":\"invalid code\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"" + user + "\",\"user_ticket\":\"TICKET"
                + seq.incrementAndGet() + "\",\"expires_in\":1800}";
    }

    private String gettoken(Request r) {
        if (!"GET".equals(r.method) || !CORP.equals(r.query.get("corpid")) || !SECRET.equals(r.query.get("corpsecret"))) {
            return "{\"errcode\":40001,\"errmsg\":\"invalid credential\"}";
        }
        sleep(gettokenDelayMillis);
        java.util.concurrent.CountDownLatch gate = gettokenGate;
        if (gate != null) {
            try {
                gate.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String token = "TOKEN" + seq.incrementAndGet() + "x7k";
        validTokens.add(token);
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token + "\",\"expires_in\":7200}";
    }

    private String send(Request r) {
        List<String> problems = new ArrayList<>();
        JsonObject b = r.json();
        requireJson(r, problems);
        String touser = str(b, "touser");
        if (touser == null || touser.isBlank()) {
            problems.add("touser missing");
        }
        if (!b.has("agentid") || !b.get("agentid").isJsonPrimitive() || b.get("agentid").getAsInt() != AGENT) {
            problems.add("agentid missing or wrong");
        }
        String type = str(b, "msgtype");
        if (type == null || !b.has(type) || !b.get(type).isJsonObject()) {
            problems.add("msgtype or its object missing");
        } else {
            JsonObject m = b.getAsJsonObject(type);
            switch (type) {
                case "text", "markdown" -> {
                    String content = str(m, "content");
                    if (content == null || content.isBlank()) {
                        problems.add(type + ".content empty");
                    }
                }
                case "image" -> {
                    if (!mediaIds.contains(str(m, "media_id"))) {
                        problems.add("image.media_id unknown");
                    }
                }
                case "file" -> {
                    if (!files.containsKey(str(m, "media_id"))) {
                        problems.add("file.media_id unknown (not uploaded with type=file)");
                    }
                }
                case "template_card" -> checkTemplateCard(m, problems);
                default -> problems.add("unsupported msgtype " + type);
            }
        }
        if (!problems.isEmpty()) {
            return violation("message/send: " + problems);
        }
        WecomRequestRules.Refusal refusal = rules.checkSend(b);
        if (refusal != null) {
            return violation(refusal, "message/send: " + refusal.rule());
        }
        List<String> invalid = Arrays.stream(touser.split("\\|")).filter(unknownUsers::contains).toList();
        if (invalid.size() == touser.split("\\|").length) {
            return "{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\",\"invaliduser\":\""
                    + String.join("|", invalid) + "\"}";
        }
        String code = "RC_" + seq.incrementAndGet();
        if ("template_card".equals(type)) {
            unusedResponseCodes.add(code);
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"" + String.join("|", invalid)
                + "\",\"msgid\":\"msg" + seq.get() + "\",\"response_code\":\"" + code + "\"}";
    }

    private static void checkTemplateCard(JsonObject card, List<String> problems) {
        String cardType = str(card, "card_type");
        if (!"button_interaction".equals(cardType)) {
            problems.add("card_type must be button_interaction here, was " + cardType);
            return;
        }
        if (!card.has("main_title") || str(card.getAsJsonObject("main_title"), "title") == null) {
            problems.add("main_title.title missing");
        }
        String taskId = str(card, "task_id");
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            problems.add("task_id missing or invalid");
        }
        if (card.has("source")) {
            JsonElement colour = card.getAsJsonObject("source").get("desc_color");
            if (colour != null && (colour.isJsonNull() || colour.getAsInt() < 0 || colour.getAsInt() > 3)) {
                problems.add("source.desc_color must be 0..3");
            }
        }
        JsonArray buttons = card.has("button_list") ? card.getAsJsonArray("button_list") : new JsonArray();
        if (buttons.isEmpty() || buttons.size() > 6) {
            problems.add("button_list must have 1..6 buttons");
        }
        Set<String> keys = new HashSet<>();
        for (JsonElement e : buttons) {
            JsonObject btn = e.getAsJsonObject();
            if (str(btn, "text") == null || str(btn, "key") == null || !keys.add(str(btn, "key"))) {
                problems.add("button needs text and a unique key");
            }
        }
        if (card.has("horizontal_content_list")) {
            JsonArray list = card.getAsJsonArray("horizontal_content_list");
            if (list.size() > 6) {
                problems.add("horizontal_content_list over 6");
            }
            list.forEach(e -> {
                if (str(e.getAsJsonObject(), "keyname") == null) {
                    problems.add("horizontal_content keyname missing");
                }
            });
        }
    }

    private String updateCard(Request r) {
        List<String> problems = new ArrayList<>();
        requireJson(r, problems);
        JsonObject b = r.json();
        if (!b.has("agentid") || b.get("agentid").getAsInt() != AGENT) {
            problems.add("agentid missing or wrong");
        }
        boolean users = b.has("userids") && !b.getAsJsonArray("userids").isEmpty();
        boolean all = b.has("atall") && b.get("atall").getAsInt() == 1;
        if (!users && !all) {
            problems.add("userids or atall required");
        }
        String code = str(b, "response_code");
        if (code == null || code.isBlank()) {
            problems.add("response_code missing");
        }
        if (b.has("button")) {
            if (str(b.getAsJsonObject("button"), "replace_name") == null) {
                problems.add("button.replace_name missing");
            }
        } else if (b.has("template_card")) {
            checkTemplateCard(b.getAsJsonObject("template_card"), problems);
        } else {
            problems.add("button or template_card required");
        }
        if (!problems.isEmpty()) {
            return violation("update_template_card: " + problems);
        }
        WecomRequestRules.Refusal refusal = rules.checkUpdate(b);
        if (refusal != null) {
            return violation(refusal, "update_template_card: " + refusal.rule());
        }
        if (!unusedResponseCodes.remove(code)) {
            return "{\"errcode\":40058,\"errmsg\":\"response_code expired or already used\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":[]}";
    }

    private String upload(Request r) {
        List<String> problems = new ArrayList<>();
        String type = r.query.get("type");
        if (!"image".equals(type) && !"file".equals(type)) {
            problems.add("type must be image or file");
        }
        if (r.contentType == null || !r.contentType.startsWith("multipart/form-data")) {
            problems.add("multipart body required");
        }
        String text = new String(r.body, StandardCharsets.ISO_8859_1);
        if (!text.contains("name=\"media\"") || !text.contains("filename=")) {
            problems.add("media part with filename required");
        }
        if ("image".equals(type) && !text.contains(new String(PNG_SIGNATURE, StandardCharsets.ISO_8859_1))) {
            problems.add("no PNG data in the upload");
        }
        if (!problems.isEmpty()) {
            return violation("media/upload: " + problems);
        }
        String id = "MEDIA_" + seq.incrementAndGet();
        if ("file".equals(type)) {
            UploadedFile file = mediaPart(r, id);
            if (file == null) {
                return violation("media/upload: unreadable multipart media part");
            }
            if (file.content().length <= 5 || file.content().length > FILE_LIMIT) {
                // WeCom answers a file outside its size limits with 40006 invalid file size
                return "{\"errcode\":40006,\"errmsg\":\"invalid file size\"}";
            }
            files.put(id, file);
        }
        mediaIds.add(id);
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"" + type + "\",\"media_id\":\"" + id
                + "\",\"created_at\":\"1700000000\"}";
    }

    /** The media part's filename and bytes, read by the multipart boundary of the content type. */
    private static UploadedFile mediaPart(Request r, String mediaId) {
        int b = r.contentType.indexOf("boundary=");
        if (b < 0) {
            return null;
        }
        String boundary = "--" + r.contentType.substring(b + "boundary=".length()).replace("\"", "").split(";")[0];
        String body = new String(r.body, StandardCharsets.ISO_8859_1);
        int media = body.indexOf("name=\"media\"");
        int headersEnd = media < 0 ? -1 : body.indexOf("\r\n\r\n", media);
        int end = headersEnd < 0 ? -1 : body.indexOf("\r\n" + boundary, headersEnd + 4);
        if (end < 0) {
            return null;
        }
        String headers = body.substring(media, headersEnd);
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
        String fileName = name.find() ? new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8) : "";
        byte[] content = java.util.Arrays.copyOfRange(r.body, headersEnd + 4, end);
        return new UploadedFile(mediaId, fileName, content);
    }

    private String tagList(Request r) {
        List<String> problems = new ArrayList<>();
        requireJson(r, problems);
        if (!problems.isEmpty()) {
            return violation("get_corp_tag_list: " + problems);
        }
        JsonArray out = new JsonArray();
        groups.forEach(g -> out.add(groupJson(g, g.tags)));
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.add("tag_group", out);
        return o.toString();
    }

    private String addTag(Request r) {
        List<String> problems = new ArrayList<>();
        requireJson(r, problems);
        JsonObject b = r.json();
        String groupId = str(b, "group_id");
        String groupName = str(b, "group_name");
        Group group = groups.stream().filter(g -> g.id.equals(groupId)
                || (groupId == null && g.name.equals(groupName))).findFirst().orElse(null);
        if (groupId != null && group == null) {
            problems.add("unknown group_id");
        }
        if (groupId == null && (groupName == null || groupName.isBlank())) {
            problems.add("group_id or group_name required");
        }
        JsonArray tags = b.has("tag") ? b.getAsJsonArray("tag") : new JsonArray();
        if (tags.isEmpty()) {
            problems.add("tag list required");
        }
        if (!problems.isEmpty()) {
            return violation("add_corp_tag: " + problems);
        }
        if (group == null) {
            group = new Group("et_group_" + seq.incrementAndGet(), groupName, new CopyOnWriteArrayList<>());
            groups.add(group);
        }
        List<String[]> created = new ArrayList<>();
        for (JsonElement e : tags) {
            String name = str(e.getAsJsonObject(), "name");
            if (name == null || group.tags.stream().anyMatch(t -> t[1].equals(name))) {
                return "{\"errcode\":40071,\"errmsg\":\"tag name already exists\"}";
            }
            created.add(new String[] {"et_tag_" + seq.incrementAndGet(), name});
        }
        group.tags.addAll(created);
        JsonObject o = new JsonObject();
        o.addProperty("errcode", 0);
        o.addProperty("errmsg", "ok");
        o.add("tag_group", groupJson(group, created));
        return o.toString();
    }

    private String markTag(Request r) {
        List<String> problems = new ArrayList<>();
        requireJson(r, problems);
        JsonObject b = r.json();
        if (str(b, "userid") == null || str(b, "external_userid") == null) {
            problems.add("userid and external_userid required");
        }
        Set<String> known = new HashSet<>();
        groups.forEach(g -> g.tags.forEach(t -> known.add(t[0])));
        JsonArray add = b.has("add_tag") && b.get("add_tag").isJsonArray() ? b.getAsJsonArray("add_tag") : new JsonArray();
        if (add.isEmpty()) {
            problems.add("add_tag empty");
        }
        for (JsonElement e : add) {
            if (!known.contains(e.getAsString())) {
                return "{\"errcode\":40068,\"errmsg\":\"invalid tagid\"}";
            }
        }
        if (!problems.isEmpty()) {
            return violation("mark_tag: " + problems);
        }
        marks.add(r);
        return "{\"errcode\":0,\"errmsg\":\"ok\"}";
    }

    private static JsonObject groupJson(Group g, List<String[]> tags) {
        JsonObject o = new JsonObject();
        o.addProperty("group_id", g.id);
        o.addProperty("group_name", g.name);
        o.addProperty("create_time", 1700000000);
        o.addProperty("order", 0);
        JsonArray arr = new JsonArray();
        for (String[] t : tags) {
            JsonObject tag = new JsonObject();
            tag.addProperty("id", t[0]);
            tag.addProperty("name", t[1]);
            tag.addProperty("create_time", 1700000000);
            tag.addProperty("order", 0);
            arr.add(tag);
        }
        o.add("tag", arr);
        return o;
    }

    private static void requireJson(Request r, List<String> problems) {
        if (!"POST".equals(r.method) || r.contentType == null || !r.contentType.startsWith("application/json")) {
            problems.add("POST application/json required");
        }
    }

    /** Fails the calling test: the request broke a documented rule (see {@link WecomRequestRules}). */
    public void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("requests WeCom would refuse: " + violations);
        }
    }

    private String violation(WecomRequestRules.Refusal refusal, String what) {
        violations.add(what);
        return "{\"errcode\":" + refusal.errcode() + ",\"errmsg\":\"" + what.replace("\"", "'") + "\"}";
    }

    private String violation(String what) {
        violations.add(what);
        return "{\"errcode\":40058,\"errmsg\":\"invalid parameter: " + what.replace("\"", "'") + "\"}";
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int i = pair.indexOf('=');
                String k = i < 0 ? pair : pair.substring(0, i);
                String v = i < 0 ? "" : pair.substring(i + 1);
                q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package com.salesbot.adapters.dingtalk.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A local stand-in for api.dingtalk.com and oapi.dingtalk.com: records every request and answers from
 * per-path queues of canned responses (falling back to a per-path default).
 */
public final class FakeDingtalkServer implements AutoCloseable {
    public record Recorded(String method, String path, String query, Map<String, String> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    public record Canned(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Recorded> requests = new ArrayList<>();
    private final Map<String, Deque<Canned>> queued = new HashMap<>();
    private final Map<String, Canned> defaults = new HashMap<>();
    private final DingtalkRequestRules rules = new DingtalkRequestRules();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, String> authCodes = new HashMap<>();
    private int codeSeq;
    private int mediaSeq;
    private final Map<String, UploadedFile> files = new HashMap<>();
    private String signedInStaff;

    public FakeDingtalkServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized FakeDingtalkServer byDefault(String path, int status, String body) {
        defaults.put(path, new Canned(status, body));
        return this;
    }

    public synchronized FakeDingtalkServer thenOnce(String path, int status, String body) {
        queued.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Canned(status, body));
        return this;
    }

    /** A one-time 免登 authCode for the staff, as {@code dd.runtime.permission.requestAuthCode} would hand out. */
    public synchronized String issueAuthCode(String staffId) {
        String code = "authcode" + (++codeSeq) + "x" + Long.toHexString(System.nanoTime());
        authCodes.put(code, staffId);
        return code;
    }

    /**
     * The staff the fake JS API at {@link #JSAPI_PATH} acts for: each load of the script carries a fresh authCode
     * of theirs; null makes {@code requestAuthCode} fail as outside the DingTalk client.
     */
    public synchronized void signedInStaff(String staffId) {
        this.signedInStaff = staffId;
    }

    /** A stand-in for the DingTalk JS API (dingtalk.open.js) with {@code dd.runtime.permission.requestAuthCode}. */
    public static final String JSAPI_PATH = "/jsapi/dingtalk.open.js";
    static final String USERINFO_PATH = "/topapi/v2/user/getuserinfo";

    /** Drops the queued answers of a path so only its default applies. */
    public synchronized FakeDingtalkServer clearQueue(String path) {
        queued.remove(path);
        return this;
    }

    public synchronized List<Recorded> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Requests DingTalk would refuse (see {@link DingtalkRequestRules}); each was answered 400. */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** A file accepted by /media/upload type=file: its media id, multipart filename and bytes. */
    public record UploadedFile(String mediaId, String fileName, byte[] content) {
    }

    /** DingTalk's media upload limit for type=file (20 MB) and the file types it takes. */
    public static final int FILE_LIMIT = 20 * 1024 * 1024;
    static final java.util.Set<String> FILE_TYPES = java.util.Set.of("doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip",
            "pdf", "rar");

    /** Files uploaded with type=file (answered by the fake itself unless a canned answer is queued or set). */
    public synchronized Map<String, UploadedFile> files() {
        return Map.copyOf(files);
    }

    /** Fails the calling test when any request broke a documented rule. */
    public synchronized void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("requests DingTalk would refuse: " + violations);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        Canned answer;
        synchronized (this) {
            requests.add(new Recorded(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, body));
            if (uri.getPath().equals(JSAPI_PATH)) {
                answer = new Canned(200, jsapi());
            } else if (uri.getPath().equals(USERINFO_PATH) && !defaults.containsKey(USERINFO_PATH)) {
                answer = new Canned(200, userInfo(uri.getRawQuery(), new String(body, StandardCharsets.UTF_8)));
            } else {
                answer = null;
            }
        }
        if (answer != null) {
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", uri.getPath().equals(JSAPI_PATH)
                    ? "text/javascript;charset=utf-8" : "application/json;charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
            return;
        }
        synchronized (this) {
            List<String> problems = rules.check(uri.getPath(), new String(body, StandardCharsets.UTF_8));
            violations.addAll(problems.stream().map(p -> uri.getPath() + ": " + p).toList());
            Deque<Canned> queue = queued.get(uri.getPath());
            Canned upload = uri.getPath().equals("/media/upload") && (queue == null || queue.isEmpty())
                    ? fileUpload(uri.getRawQuery(), headers.get("content-type"), body) : null;
            answer = upload != null ? upload : queue != null && !queue.isEmpty() ? queue.poll()
                    : defaults.getOrDefault(uri.getPath(), new Canned(404, "{\"code\":\"NotFound\",\"message\":\"no fake for path\"}"));
            if (!problems.isEmpty()) {
                answer = new Canned(400, "{\"code\":\"InvalidParameter\",\"message\":\""
                        + String.join("; ", problems).replace("\"", "'") + "\"}");
            }
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), out.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    /**
     * /media/upload with type=file, as DingTalk documents it: multipart with a "media" part and its filename, a file
     * type it takes, more than 0 and at most 20 MB (else errcode 40005 不合法的文件类型 / 40006 不合法的文件大小).
     * Null for other uploads (images keep the canned answers).
     */
    private Canned fileUpload(String rawQuery, String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        boolean fileType = (rawQuery != null && rawQuery.matches("(^|.*&)type=file(&.*|$)"))
                || text.matches("(?s).*name=\"type\"\r\n(?:[^\r\n]+\r\n)*\r\nfile\r\n.*");
        if (!fileType) {
            return null;
        }
        if (rawQuery == null || !rawQuery.contains("access_token=")) {
            violations.add("/media/upload: access_token missing");
            return new Canned(200, "{\"errcode\":40014,\"errmsg\":\"不合法的access_token\"}");
        }
        int b = contentType == null ? -1 : contentType.indexOf("boundary=");
        int media = text.indexOf("name=\"media\"");
        int headersEnd = media < 0 ? -1 : text.indexOf("\r\n\r\n", media);
        String boundary = b < 0 ? null : "--" + contentType.substring(b + 9).replace("\"", "").split(";")[0];
        int end = headersEnd < 0 || boundary == null ? -1 : text.indexOf("\r\n" + boundary, headersEnd + 4);
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"")
                .matcher(media < 0 || headersEnd < 0 ? "" : text.substring(media, headersEnd));
        if (end < 0 || !name.find()) {
            violations.add("/media/upload: multipart media part with a filename required");
            return new Canned(400, "{\"code\":\"InvalidParameter\",\"message\":\"media part required\"}");
        }
        String fileName = new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, end);
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || !FILE_TYPES.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
            return new Canned(200, "{\"errcode\":40005,\"errmsg\":\"不合法的文件类型\"}");
        }
        if (content.length == 0 || content.length > FILE_LIMIT) {
            return new Canned(200, "{\"errcode\":40006,\"errmsg\":\"不合法的文件大小\"}");
        }
        String id = "@lAfile" + (++mediaSeq);
        files.put(id, new UploadedFile(id, fileName, content));
        return new Canned(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"file\",\"media_id\":\"" + id
                + "\",\"created_at\":1700000000}");
    }

    private String jsapi() {
        String code = signedInStaff == null ? null : issueAuthCode(signedInStaff);
        return "window.dd={env:{platform:'android'},ready:function(f){setTimeout(f,0);},error:function(){},"
                + "runtime:{permission:{requestAuthCode:function(o){setTimeout(function(){"
                + (code == null ? "o.onFail&&o.onFail({errorCode:'3',errorMessage:'not in dingtalk'});"
                : "if(!o.corpId){o.onFail&&o.onFail({errorCode:'7',errorMessage:'corpId missing'});return;}"
                + "o.onSuccess({code:'" + code + "'});")
                + "},0);}}}};";
    }

    /** {@code code -> userid}: needs access_token and code; a code works once (40078 不存在的临时授权码). */
    private String userInfo(String rawQuery, String body) {
        if (rawQuery == null || !rawQuery.contains("access_token=")) {
            violations.add(USERINFO_PATH + ": access_token missing");
            return "{\"errcode\":40014,\"errmsg\":\"不合法的access_token\"}";
        }
        // the SDK posts {"code":"..."} as JSON; a form body (code=...) is accepted too
        String code = null;
        java.util.regex.Matcher json = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (json.find()) {
            code = json.group(1);
        }
        for (String pair : (body + "&" + rawQuery).split("&")) {
            if (code == null && pair.startsWith("code=")) {
                code = java.net.URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
            }
        }
        String staff = code == null ? null : authCodes.remove(code);
        if (staff == null) {
            return "{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\",\"request_id\":\"fake\"}";
        }
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"userid\":\"" + staff
                + "\",\"name\":\"\",\"sys\":false,\"sys_level\":0},\"request_id\":\"fake\"}";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

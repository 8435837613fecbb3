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
            List<String> problems = rules.check(uri.getPath(), new String(body, StandardCharsets.UTF_8));
            violations.addAll(problems.stream().map(p -> uri.getPath() + ": " + p).toList());
            Deque<Canned> queue = queued.get(uri.getPath());
            answer = queue != null && !queue.isEmpty() ? queue.poll()
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

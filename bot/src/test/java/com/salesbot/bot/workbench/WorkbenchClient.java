package com.salesbot.bot.workbench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser, minus the browser: a JDK client that follows nothing by itself and keeps its cookies, so a
 * test walks the sign-in redirects one by one and sees every status.
 */
final class WorkbenchClient {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CSRF = Pattern.compile("\"csrf\"\\s*:\\s*\"([^\"]+)\"");

    record Answer(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final URI base;
    final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    WorkbenchClient(URI base) {
        this.base = base;
    }

    /** WeCom: /workbench -> authorize page of the fake -> back with code and state -> session cookie. */
    Answer signInThroughWecom() {
        Answer start = get("/workbench");
        if (start.status() != 303) {
            throw new AssertionError("expected a redirect to the authorize page, got " + start.status());
        }
        Answer authorize = get(URI.create(start.header("Location")));
        if (authorize.status() != 302) {
            return authorize;
        }
        return get(URI.create(authorize.header("Location")));
    }

    Answer get(String path) {
        return get(base.resolve(path));
    }

    Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    Answer post(String path, String json) {
        return post(path, json, Map.of());
    }

    Answer post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", headers.getOrDefault("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach((k, v) -> {
            if (!k.equals("Content-Type")) {
                b.header(k, v);
            }
        });
        return send(b);
    }

    /** A POST carrying the session's CSRF token (read once from /workbench/api/me). */
    Answer change(String path, String json) {
        return change(path, json, "application/json");
    }

    Answer change(String path, String body, String contentType) {
        if (csrf == null) {
            Matcher m = CSRF.matcher(get("/workbench/api/me").body());
            if (!m.find()) {
                throw new AssertionError("no csrf token in /workbench/api/me");
            }
            csrf = m.group(1);
        }
        return post(path, body, Map.of(WorkbenchSessions.CSRF_HEADER, csrf, "Content-Type", contentType));
    }

    private Answer send(HttpRequest.Builder b) {
        b.timeout(Duration.ofSeconds(30));
        URI uri = b.build().uri();
        boolean ours = uri.getPort() == base.getPort();
        if (ours && !cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (ours) {
                List<String> set = r.headers().allValues("Set-Cookie");
                for (String s : set) {
                    String pair = s.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || s.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("request to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

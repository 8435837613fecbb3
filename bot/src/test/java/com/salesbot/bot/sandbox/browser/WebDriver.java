package com.salesbot.bot.sandbox.browser;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A minimal W3C WebDriver client for chromedriver driving the system Chromium headless: plain HTTP and JSON, no
 * Selenium. Starts its own chromedriver on a free port with a fresh profile and stops both on close.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final ObjectMapper json = ObjectMapper.getDefault();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final Path profile;
    private final String base;
    private final String session;

    WebDriver(int width, int height) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        profile = Files.createTempDirectory("sandbox-chromium-");
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromedriver.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        waitForDriver();
        List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("profile"),
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "goog:chromeOptions", Map.of("binary", CHROMIUM.toString(), "args", args))));
        Map<String, Object> created = value(call("POST", "/session", caps));
        session = (String) created.get("sessionId");
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", path("/url"), Map.of("url", url));
    }

    List<String> findAll(String css) throws IOException, InterruptedException {
        List<Map<String, Object>> found = value(call("POST", path("/elements"),
                Map.of("using", "css selector", "value", css)));
        List<String> ids = new ArrayList<>();
        found.forEach(e -> ids.add((String) e.get(ELEMENT)));
        return ids;
    }

    String text(String element) throws IOException, InterruptedException {
        return value(call("GET", path("/element/" + element + "/text"), null));
    }

    String attribute(String element, String name) throws IOException, InterruptedException {
        return value(call("GET", path("/element/" + element + "/attribute/" + name), null));
    }

    void click(String element) throws IOException, InterruptedException {
        call("POST", path("/element/" + element + "/click"), Map.of());
    }

    void type(String element, String text) throws IOException, InterruptedException {
        call("POST", path("/element/" + element + "/value"), Map.of("text", text));
    }

    <T> T script(String js) throws IOException, InterruptedException {
        return value(call("POST", path("/execute/sync"), Map.of("script", js, "args", List.of())));
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        String png = value(call("GET", path("/screenshot"), null));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** Polls until the condition holds; the condition may throw while the page is still changing. */
    static void await(String what, Duration timeout, Check check) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what, last);
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } finally {
            driver.destroy();
            if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void waitForDriver() throws InterruptedException {
        BooleanSupplier ready = () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/status")).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() > deadline || !driver.isAlive()) {
                throw new IllegalStateException("chromedriver did not start; see " + profile.resolve("chromedriver.log"));
            }
            Thread.sleep(100);
        }
    }

    private String path(String suffix) {
        return "/session/" + session + suffix;
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Map<String, Object> response) {
        return (T) response.get("value");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String path, Object body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, Object> parsed = json.readValue(response.body(), Map.class);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " failed (" + response.statusCode()
                    + "): " + parsed.get("value"));
        }
        return parsed;
    }
}

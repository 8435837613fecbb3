// Fault-run harness for bench/faults/*.sh. JDK 17 only; run as a single-file program:
//   java bench/faults/FaultRun.java fake  --port 18191 --log /tmp/x/deliveries.tsv --seconds 900
//   java bench/faults/FaultRun.java send  --url http://127.0.0.1:18180 --count 600 --rate 20 --acked /tmp/x/acked.tsv
//   java bench/faults/FaultRun.java check --acked /tmp/x/acked.tsv --log /tmp/x/deliveries.tsv [--restart-ms T]
// The WeCom callback encryption and signature are the ones of bench/load/LoadGen.java (same keys, same format);
// every message comes from its own user (fault-u<i>), so the bot's single reply to that user identifies it.
// "fake" is a stand-in for the WeCom API that honours enable_duplicate_check like WeCom does and logs every
// message/send (delivered or dropped as a duplicate). "send" behaves like the platform: a callback that fails
// (connection refused, 5xx, timeout) is sent again, same MsgId, up to --retry-seconds; only a 200 counts as
// acknowledged. "check" compares the acknowledged messages with the deliveries: lost, delivered twice, when replies
// resumed after a restart. Loopback only; every loop is bounded.

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.FileWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class FaultRun {
    private static final Pattern TOUSER = Pattern.compile("\"touser\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern DUP = Pattern.compile("\"enable_duplicate_check\"\\s*:\\s*1");
    private static final Pattern INTERVAL = Pattern.compile("\"duplicate_check_interval\"\\s*:\\s*(\\d+)");

    private final Map<String, String> opt;

    private FaultRun(Map<String, String> opt) {
        this.opt = opt;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        FaultRun run = new FaultRun(opt);
        switch (args.length == 0 ? "" : args[0]) {
            case "fake" -> run.fake();
            case "send" -> run.send();
            case "check" -> run.check();
            default -> throw new IllegalArgumentException("usage: FaultRun fake|send|check --options");
        }
    }

    private String str(String key, String dflt) {
        return opt.getOrDefault(key, dflt);
    }

    private int num(String key, int dflt) {
        return Integer.parseInt(opt.getOrDefault(key, Integer.toString(dflt)));
    }

    // ---- fake WeCom API ----

    private void fake() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicInteger sends = new AtomicInteger();
        PrintWriter log = new PrintWriter(new FileWriter(str("log", "deliveries.tsv"), true), true);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                num("port", 18191)), 128);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = ex.getRequestURI().getPath();
                String answer;
                if (path.equals("/cgi-bin/gettoken")) {
                    answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"FAULTTOKEN\",\"expires_in\":7200}";
                } else if (path.equals("/cgi-bin/message/send")) {
                    long now = System.currentTimeMillis();
                    Matcher to = TOUSER.matcher(body);
                    String user = to.find() ? to.group(1) : "?";
                    boolean check = DUP.matcher(body).find();
                    Matcher iv = INTERVAL.matcher(body);
                    long interval = (iv.find() ? Long.parseLong(iv.group(1)) : 1800) * 1000;
                    boolean duplicate;
                    synchronized (seen) {
                        Long before = seen.get(body);
                        duplicate = check && before != null && now - before < interval;
                        if (!duplicate) {
                            seen.put(body, now);
                        }
                    }
                    sends.incrementAndGet();
                    log.println(now + "\t" + user + "\t" + (duplicate ? "dropped-duplicate" : "delivered"));
                    answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"m" + sends.get() + "\"}";
                } else if (path.equals("/cgi-bin/media/upload")) {
                    answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"MEDIA"
                            + sends.incrementAndGet() + "\",\"created_at\":\"1\"}";
                } else {
                    answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
                }
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                ex.sendResponseHeaders(200, out.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        });
        server.start();
        System.out.println("fake wecom on " + server.getAddress());
        Thread.sleep(TimeUnit.SECONDS.toMillis(num("seconds", 900)));
        server.stop(0);
        System.exit(0);
    }

    // ---- the platform side: callbacks with retries ----

    private void send() throws Exception {
        URI target = URI.create(str("url", "http://127.0.0.1:18180"));
        if (!"127.0.0.1".equals(target.getHost())) {
            throw new IllegalArgumentException("loopback targets only");
        }
        int count = num("count", 600);
        int rate = num("rate", 20);
        int retrySeconds = num("retry-seconds", 90);
        String prefix = str("prefix", "fault-u");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        PrintWriter acked = new PrintWriter(new FileWriter(str("acked", "acked.tsv"), true), true);
        ExecutorService pool = Executors.newFixedThreadPool(num("concurrency", 32));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + TimeUnit.SECONDS.toNanos(1) * i / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            final int n = i;
            pool.submit(() -> {
                String user = prefix + n;
                long msgId = System.currentTimeMillis() * 1000 + n % 1000;
                long deadline = System.currentTimeMillis() + retrySeconds * 1000L;
                for (int attempt = 0; ; attempt++) {
                    int status;
                    try {
                        // like a load balancer: a failed callback is retried on the next instance, if there is one
                        URI base = attempt % 2 == 1 && opt.containsKey("fallback-url")
                                ? URI.create(str("fallback-url", "")) : target;
                        status = client.send(wecom(base, user, msgId), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (statuses) {
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    if (status == 200) {
                        ok.incrementAndGet();
                        synchronized (acked) {
                            acked.println(System.currentTimeMillis() + "\t" + user);
                        }
                        return;
                    }
                    if (System.currentTimeMillis() > deadline) {
                        gaveUp.incrementAndGet();
                        return;
                    }
                    retries.incrementAndGet();
                    try {
                        Thread.sleep(1_000); // WeCom retries a failed callback after a few seconds
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(retrySeconds + 60L, TimeUnit.SECONDS);
        pool.shutdownNow();
        System.out.printf("SEND count=%d acked=%d gave_up=%d callback_retries=%d statuses=%s%n", count, ok.get(),
                gaveUp.get(), retries.get(), statuses);
    }

    private HttpRequest wecom(URI target, String user, long msgId) {
        if (!"127.0.0.1".equals(target.getHost())) {
            throw new IllegalArgumentException("loopback targets only");
        }
        String corp = str("corp-id", "ww_fault_corp");
        String token = str("token", "faultToken");
        String aesKey = str("aes-key", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
        String agent = str("agent-id", "1000002");
        long ts = System.currentTimeMillis() / 1000;
        String xml = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><FromUserName><![CDATA[" + user
                + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]>"
                + "</MsgType><Content><![CDATA[帮助]]></Content><MsgId>" + msgId
                + "</MsgId><AgentID>" + agent + "</AgentID></xml>";
        String encrypt = encrypt(aesKey, xml, corp);
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String sig = sha1Sorted(token, Long.toString(ts), nonce, encrypt);
        String body = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[" + agent + "]]></AgentID></xml>";
        URI uri = target.resolve("/callbacks/wecom?msg_signature=" + sig + "&timestamp=" + ts + "&nonce=" + nonce);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static String encrypt(String aesKey43, String plain, String receiveId) {
        try {
            byte[] key = Base64.getDecoder().decode(aesKey43 + "=");
            byte[] content = plain.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] random = new byte[16];
            for (int i = 0; i < 16; i++) {
                random[i] = (byte) ('a' + ThreadLocalRandom.current().nextInt(26));
            }
            out.write(random);
            out.write(ByteBuffer.allocate(4).putInt(content.length).array());
            out.write(content);
            out.write(receiveId.getBytes(StandardCharsets.UTF_8));
            int pad = 32 - out.size() % 32;
            for (int i = 0; i < pad; i++) {
                out.write(pad);
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            return Base64.getEncoder().encodeToString(cipher.doFinal(out.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha1Sorted(String... parts) {
        try {
            String[] sorted = parts.clone();
            Arrays.sort(sorted);
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- verdict ----

    private void check() throws IOException {
        List<String> acked = Files.readAllLines(Path.of(str("acked", "acked.tsv")));
        List<String> log = Files.readAllLines(Path.of(str("log", "deliveries.tsv")));
        long restart = Long.parseLong(str("restart-ms", "0"));
        Map<String, Integer> delivered = new HashMap<>();
        int dropped = 0;
        long firstAfterRestart = Long.MAX_VALUE;
        long last = 0;
        for (String line : log) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            long at = Long.parseLong(f[0]);
            if (f[2].equals("delivered")) {
                delivered.merge(f[1], 1, Integer::sum);
                last = Math.max(last, at);
                if (restart > 0 && at >= restart) {
                    firstAfterRestart = Math.min(firstAfterRestart, at);
                }
            } else {
                dropped++;
            }
        }
        int lost = 0;
        int twice = 0;
        for (String line : acked) {
            String user = line.split("\t")[1];
            int n = delivered.getOrDefault(user, 0);
            if (n == 0) {
                lost++;
            } else if (n > 1) {
                twice++;
            }
        }
        String resumed = restart > 0 && firstAfterRestart != Long.MAX_VALUE
                ? String.format(" first_reply_after_restart=%.1fs", (firstAfterRestart - restart) / 1000.0) : "";
        String allDone = restart > 0 ? String.format(" last_reply_after_restart=%.1fs", (last - restart) / 1000.0) : "";
        System.out.printf("CHECK acked=%d lost=%d delivered_twice=%d duplicate_sends_dropped_by_wecom_check=%d%s%s%n",
                acked.size(), lost, twice, dropped, resumed, allDone);
        if (lost > 0 || twice > 0) {
            System.exit(1);
        }
    }
}

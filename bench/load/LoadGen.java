// Callback load generator for docs/load.md. JDK 17 only; run as a single-file program:
//   java bench/load/LoadGen.java --mode wecom --url http://127.0.0.1:18080 --requests 3000 --concurrency 16
// Closed loop: a fixed pool of workers, each sending its share of a fixed number of requests, one at a time.
// Loopback only; every run is bounded by --requests and --deadline-seconds and stops by itself.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class LoadGen {
    private final Map<String, String> opt;
    private final String mode;
    private final URI target;
    private final HttpClient client;
    private final AtomicLong msgIds = new AtomicLong(System.currentTimeMillis() * 1_000);
    private final AtomicInteger replies = new AtomicInteger();
    /** Acknowledged callbacks per sender, and replies the fake APIs received per recipient (exactly-once check). */
    private final Map<String, AtomicInteger> acked = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> repliedTo = new ConcurrentHashMap<>();
    private final AtomicLong lastReplyNanos = new AtomicLong();
    private final AtomicLong dingtalkMillis = new AtomicLong();
    private static final Pattern RECIPIENT = Pattern.compile("\"(?:touser|userIds)\"\\s*:\\s*\\[?\\s*\"([^\"]+)\"");

    private LoadGen(Map<String, String> opt) {
        this.opt = opt;
        this.mode = opt.getOrDefault("mode", "wecom");
        this.target = URI.create(opt.getOrDefault("url", "http://127.0.0.1:18080"));
        if (!"127.0.0.1".equals(target.getHost()) && !"localhost".equals(target.getHost())) {
            throw new IllegalArgumentException("loopback targets only, got " + target);
        }
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new LoadGen(opt).run();
    }

    private int num(String key, int dflt) {
        return Integer.parseInt(opt.getOrDefault(key, Integer.toString(dflt)));
    }

    private void run() throws Exception {
        List<FakeApi> fakes = new ArrayList<>();
        if (opt.containsKey("fake-wecom-port")) {
            fakes.add(new FakeApi(num("fake-wecom-port", 0), Map.of(
                    "/cgi-bin/gettoken", "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"LOADTOKEN\",\"expires_in\":7200}",
                    "/cgi-bin/message/send", "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"m1\"}"),
                    "/cgi-bin/message/send"));
        }
        if (opt.containsKey("fake-dingtalk-port")) {
            fakes.add(new FakeApi(num("fake-dingtalk-port", 0), Map.of(
                    "/v1.0/oauth2/accessToken", "{\"accessToken\":\"LOADTOKEN\",\"expireIn\":7200}",
                    "/v1.0/robot/oToMessages/batchSend",
                    "{\"processQueryKey\":\"q\",\"invalidStaffIdList\":[],\"flowControlledStaffIdList\":[]}"),
                    "/v1.0/robot/oToMessages/batchSend"));
        }
        try {
            int warmup = num("warmup", 500);
            int requests = num("requests", 3000);
            int concurrency = num("concurrency", 16);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(num("deadline-seconds", 300));
            long first = System.nanoTime();
            Result w = phase(warmup, concurrency, deadline);
            long start = System.nanoTime();
            Result r = phase(requests, concurrency, deadline);
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] lat = r.latenciesMicros;
            Arrays.sort(lat);
            String drained = drain(r.ok + w.ok, start, first);
            System.out.printf("RESULT mode=%s url=%s requests=%d concurrency=%d ok=%d errors=%d throughput=%.0f/s "
                            + "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms %s%n", mode, target, lat.length,
                    concurrency, r.ok, r.errors, lat.length / seconds, pct(lat, 50), pct(lat, 90), pct(lat, 99),
                    lat[lat.length - 1] / 1000.0, drained);
        } finally {
            fakes.forEach(FakeApi::stop);
        }
    }

    /**
     * Waits (bounded) until the fake APIs have received one reply per acknowledged callback, then a grace period
     * for late duplicates; reports how long it took, the end-to-end rate (replies / first callback sent → last reply
     * received) and whether every sender got exactly as many replies as it had callbacks acknowledged.
     */
    private String drain(int expected, long start, long first) throws InterruptedException {
        if (!opt.containsKey("fake-wecom-port") && !opt.containsKey("fake-dingtalk-port")) {
            return "";
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(num("drain-seconds", 120));
        while (replies.get() < expected && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        double doneAfter = (System.nanoTime() - start) / 1e9;
        Thread.sleep(TimeUnit.SECONDS.toMillis(num("grace-seconds", 3)));
        int got = replies.get();
        double e2eSeconds = (lastReplyNanos.get() - first) / 1e9;
        int missing = 0;
        int extra = 0;
        for (Map.Entry<String, AtomicInteger> e : acked.entrySet()) {
            AtomicInteger r = repliedTo.get(e.getKey());
            int diff = (r == null ? 0 : r.get()) - e.getValue().get();
            if (diff < 0) {
                missing -= diff;
            } else {
                extra += diff;
            }
        }
        for (Map.Entry<String, AtomicInteger> e : repliedTo.entrySet()) {
            if (!acked.containsKey(e.getKey())) {
                extra += e.getValue().get();
            }
        }
        return String.format("replies=%d/%d replies_done_after=%.1fs e2e=%.0f/s exactly_once=%s missing=%d"
                        + " duplicates=%d", got, expected, doneAfter, got / Math.max(e2eSeconds, 1e-3),
                missing == 0 && extra == 0 ? "yes" : "no", missing, extra);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private record Result(long[] latenciesMicros, int ok, int errors) {
    }

    private Result phase(int total, int concurrency, long deadline) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] lat = new long[total];
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        HttpRequest request = request(i);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (IOException | InterruptedException e) {
                            status = -1;
                        }
                        lat[i] = (System.nanoTime() - t0) / 1_000;
                        done.incrementAndGet();
                        (status == 200 ? ok : errors).incrementAndGet();
                        if (status == 200 && sender(i) != null) {
                            acked.computeIfAbsent(sender(i), k -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(Arrays.copyOf(lat, done.get()), ok.get(), errors.get());
    }

    /** The platform user id callback i comes from (wecom and dingtalk modes). */
    private String sender(int i) {
        return switch (mode) {
            case "wecom" -> "load-u" + (i % 1000);
            case "dingtalk" -> "load-d" + (i % 1000);
            default -> null;
        };
    }

    private HttpRequest request(int i) {
        return switch (mode) {
            case "wecom" -> wecom(i);
            case "dingtalk" -> dingtalk(i);
            case "get" -> HttpRequest.newBuilder(target.resolve(opt.getOrDefault("path", "/ping")))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            case "post" -> HttpRequest.newBuilder(target.resolve(opt.getOrDefault("path", "/callback")))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(filler(num("body-bytes", 700)))).build();
            default -> throw new IllegalArgumentException("mode must be wecom, dingtalk, get or post");
        };
    }

    // ---- WeCom: XML, AES-256-CBC with the EncodingAESKey, SHA-1 signature over sorted token/ts/nonce/encrypt ----

    private HttpRequest wecom(int i) {
        String corp = opt.getOrDefault("corp-id", "ww_load_corp");
        String token = opt.getOrDefault("token", "loadToken");
        String aesKey = opt.getOrDefault("aes-key", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
        String agent = opt.getOrDefault("agent-id", "1000002");
        long ts = System.currentTimeMillis() / 1000;
        String xml = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><FromUserName><![CDATA[load-u"
                + (i % 1000) + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]>"
                + "</MsgType><Content><![CDATA[帮助]]></Content><MsgId>" + msgIds.incrementAndGet()
                + "</MsgId><AgentID>" + agent + "</AgentID></xml>";
        String encrypt = encrypt(aesKey, xml, corp);
        String nonce = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String sig = sha1Sorted(token, Long.toString(ts), nonce, encrypt);
        String body = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                + "]]></Encrypt><AgentID><![CDATA[" + agent + "]]></AgentID></xml>";
        URI uri = target.resolve("/callbacks/wecom?msg_signature=" + sig + "&timestamp=" + ts + "&nonce=" + nonce);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml")
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

    // ---- DingTalk HTTP mode: JSON body, headers timestamp (ms) and sign = Base64(HmacSHA256(secret, ts\nsecret)) ----

    private HttpRequest dingtalk(int i) {
        String secret = opt.getOrDefault("dingtalk-secret", "loadDingtalkSecret");
        // the bot refuses a timestamp/sign pair seen before (replay guard): one millisecond per request
        long now = dingtalkMillis.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
        String staff = "load-d" + (i % 1000);
        String json = "{\"conversationId\":\"cid-" + staff + "\",\"chatbotCorpId\":\"ding-load\",\"msgId\":\"msgload"
                + msgIds.incrementAndGet() + "\",\"senderNick\":\"压测\",\"isAdmin\":false,\"senderStaffId\":\"" + staff
                + "\",\"senderId\":\"$:LWCP_v1:$" + staff + "\",\"senderCorpId\":\"ding-load\",\"createAt\":" + now
                + ",\"conversationType\":\"1\",\"robotCode\":\"loadRobot\",\"msgtype\":\"text\","
                + "\"text\":{\"content\":\" 帮助\"}}";
        String ts = Long.toString(now);
        return HttpRequest.newBuilder(target.resolve("/callbacks/dingtalk")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8").header("timestamp", ts)
                .header("sign", hmac(secret, ts))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static String hmac(String secret, String ts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((ts + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String filler(int bytes) {
        return "<xml><Encrypt><![CDATA[" + "A".repeat(Math.max(0, bytes - 40)) + "]]></Encrypt></xml>";
    }

    // ---- fake platform APIs so the bot's replies have somewhere to go; counts the replies ----

    /**
     * The real platform answers from someone else's machines; here its stand-in shares the two cores with the bot, so
     * it is kept as cheap as it can be: one selector thread, HTTP/1.1 keep-alive, fixed answers, no thread hand-off
     * per request (the JDK's HttpServer spent about half a millisecond of CPU per reply, which the bare POST
     * reference never pays). Bodies with Content-Length or chunked; pipelined requests are answered in order.
     */
    private final class FakeApi implements Runnable {
        private final ServerSocketChannel server;
        private final Selector selector;
        private final Map<String, byte[]> answers = new HashMap<>();
        private final String replyPath;
        private final Thread thread;
        private volatile boolean stopped;

        FakeApi(int port, Map<String, String> bodies, String replyPath) throws IOException {
            this.replyPath = replyPath;
            bodies.forEach((path, body) -> answers.put(path, response(200, body)));
            selector = Selector.open();
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            thread = new Thread(this, "fake-api-" + port);
            thread.setDaemon(true);
            thread.start();
        }

        private static byte[] response(int status, String body) {
            byte[] json = body.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                    + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + json.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] all = Arrays.copyOf(head, head.length + json.length);
            System.arraycopy(json, 0, all, head.length, json.length);
            return all;
        }

        void stop() {
            stopped = true;
            selector.wakeup();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try (selector; server) {
                while (!stopped) {
                    selector.select(500);
                    for (SelectionKey key : selector.selectedKeys()) {
                        try {
                            if (key.isAcceptable()) {
                                SocketChannel ch = server.accept();
                                if (ch != null) {
                                    ch.configureBlocking(false);
                                    ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                                    ch.register(selector, SelectionKey.OP_READ, new Connection());
                                }
                            } else {
                                ((Connection) key.attachment()).ready(key);
                            }
                        } catch (IOException | RuntimeException e) {
                            key.cancel();
                            key.channel().close();
                        }
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
            } catch (IOException e) {
                System.err.println("fake API stopped: " + e);
            }
        }

        /** One client connection: bytes read so far, answers not yet written. */
        private final class Connection {
            private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            private final java.util.ArrayDeque<ByteBuffer> out = new java.util.ArrayDeque<>();

            void ready(SelectionKey key) throws IOException {
                SocketChannel ch = (SocketChannel) key.channel();
                if (key.isReadable()) {
                    if (!in.hasRemaining()) {
                        in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
                    }
                    if (ch.read(in) < 0) {
                        key.cancel();
                        ch.close();
                        return;
                    }
                    int used;
                    while ((used = request(in.array(), in.position())) > 0) {
                        in.flip().position(used);
                        in.compact();
                    }
                }
                while (!out.isEmpty()) {
                    ch.write(out.peek());
                    if (out.peek().hasRemaining()) {
                        break;
                    }
                    out.poll();
                }
                key.interestOps(out.isEmpty() ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }

            /** Answers the first complete request in buf[0, end) and returns its length, or 0 if it is incomplete. */
            private int request(byte[] buf, int end) {
                int headEnd = indexOf(buf, 0, end, HEAD_END);
                if (headEnd < 0) {
                    return 0;
                }
                String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
                int bodyStart = headEnd + HEAD_END.length;
                int bodyEnd;
                byte[] body;
                Matcher length = CONTENT_LENGTH.matcher(head);
                if (CHUNKED.matcher(head).find()) {
                    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                    int at = bodyStart;
                    while (true) {
                        int lineEnd = indexOf(buf, at, end, CRLF);
                        if (lineEnd < 0) {
                            return 0;
                        }
                        String size = new String(buf, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0];
                        int n = Integer.parseInt(size.trim(), 16);
                        at = lineEnd + 2;
                        if (n == 0) {
                            int trailerEnd = indexOf(buf, at - 2, end, HEAD_END);
                            if (trailerEnd < 0) {
                                return 0;
                            }
                            bodyEnd = trailerEnd + HEAD_END.length;
                            break;
                        }
                        if (at + n + 2 > end) {
                            return 0;
                        }
                        chunks.write(buf, at, n);
                        at += n + 2;
                    }
                    body = chunks.toByteArray();
                } else {
                    int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
                    if (bodyStart + n > end) {
                        return 0;
                    }
                    bodyEnd = bodyStart + n;
                    body = Arrays.copyOfRange(buf, bodyStart, bodyEnd);
                }
                String target = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
                String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
                if (path.equals(replyPath)) {
                    Matcher m = RECIPIENT.matcher(new String(body, StandardCharsets.UTF_8));
                    repliedTo.computeIfAbsent(m.find() ? m.group(1) : "?", k -> new AtomicInteger())
                            .incrementAndGet();
                    lastReplyNanos.set(System.nanoTime());
                    replies.incrementAndGet();
                }
                byte[] answer = answers.get(path);
                out.add(ByteBuffer.wrap(answer != null ? answer
                        : response(404, "{\"errcode\":404,\"errmsg\":\"no fake for path\"}")));
                return bodyEnd;
            }
        }
    }

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] CRLF = {'\r', '\n'};
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)");
    private static final Pattern CHUNKED = Pattern.compile("(?im)^transfer-encoding:\\s*chunked");

    private static int indexOf(byte[] buf, int from, int end, byte[] what) {
        outer:
        for (int i = Math.max(0, from); i <= end - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (buf[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

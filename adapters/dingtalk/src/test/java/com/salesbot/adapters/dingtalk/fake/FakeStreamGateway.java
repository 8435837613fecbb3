package com.salesbot.adapters.dingtalk.fake;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A stand-in for DingTalk's Stream gateway: the HTTP "open connection" endpoint plus a minimal TLS WebSocket
 * server (RFC 6455, text frames only) that pushes the given frames to the first client and records its replies.
 */
public final class FakeStreamGateway implements AutoCloseable {
    private static final String WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final HttpServer http;
    private final SSLServerSocket wss;
    private final Thread acceptor;
    private final List<String> framesToPush;
    private final List<String> openRequests = new CopyOnWriteArrayList<>();
    private final List<String> clientFrames = new CopyOnWriteArrayList<>();
    private volatile SSLSocket client;

    public FakeStreamGateway(List<String> framesToPush) throws Exception {
        this.framesToPush = List.copyOf(framesToPush);
        wss = (SSLServerSocket) SelfSignedCertificate.serverContext().getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/v1.0/gateway/connections/open", exchange -> {
            openRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"endpoint\":\"wss://localhost:" + wss.getLocalPort() + "/connect\",\"ticket\":\"ticket-1\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        acceptor = new Thread(this::serve, "fake-stream-gateway");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String openApiHost() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    public List<String> openRequests() {
        return List.copyOf(openRequests);
    }

    public List<String> clientFrames() {
        return List.copyOf(clientFrames);
    }

    public boolean awaitClientFrames(int count, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (clientFrames.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return clientFrames.size() >= count;
    }

    private void serve() {
        try (SSLSocket socket = (SSLSocket) wss.accept()) {
            client = socket;
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String key = handshakeKey(in);
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + WS_GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String frame : framesToPush) {
                writeText(out, frame);
            }
            DataInputStream data = new DataInputStream(in);
            while (!socket.isClosed()) {
                String text = readText(data);
                if (text == null) {
                    return;
                }
                clientFrames.add(text);
            }
        } catch (Exception e) {
            // the client went away or the test closed the gateway
        }
    }

    private static String handshakeKey(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("handshake cut short");
            }
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        throw new IOException("no Sec-WebSocket-Key");
    }

    private static void writeText(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xFF);
            }
        }
        out.write(payload);
        out.flush();
    }

    /** The next text frame from the client (masked), skipping control frames; null on close. */
    private static String readText(DataInputStream in) throws IOException {
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            int opcode = b0 & 0x0F;
            long length = b1 & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (opcode == 0x8) {
                return null;
            }
            if (opcode == 0x1) {
                return new String(payload, StandardCharsets.UTF_8);
            }
        }
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        SSLSocket socket = client;
        if (socket != null) {
            socket.close();
        }
        wss.close();
    }
}

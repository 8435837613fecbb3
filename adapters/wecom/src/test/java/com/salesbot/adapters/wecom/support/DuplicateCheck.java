package com.salesbot.adapters.wecom.support;

import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * WeCom's duplicate check on message/send: with {@code enable_duplicate_check=1}, a request whose JSON equals one
 * delivered within {@code duplicate_check_interval} seconds (default 1800, at most 4 h) is answered ok but not
 * delivered again. Everything that passes is counted in {@link #delivered()}.
 */
public final class DuplicateCheck implements FakeWecomServer.Interceptor {
    private static final String SEND = "/cgi-bin/message/send";
    private static final int DEFAULT_INTERVAL = 1800;
    private static final int MAX_INTERVAL = 4 * 3600;

    private final Clock clock;
    private final Map<String, Long> deliveredAt = new ConcurrentHashMap<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<String> suppressed = new CopyOnWriteArrayList<>();

    public DuplicateCheck(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized String answer(FakeWecomServer.Request request) {
        if (!SEND.equals(request.path())) {
            return null;
        }
        String body = request.text();
        JsonObject json = request.json();
        boolean check = json.has("enable_duplicate_check") && json.get("enable_duplicate_check").getAsInt() == 1;
        int interval = json.has("duplicate_check_interval")
                ? Math.min(json.get("duplicate_check_interval").getAsInt(), MAX_INTERVAL) : DEFAULT_INTERVAL;
        long now = clock.millis();
        Long before = deliveredAt.get(body);
        if (check && before != null && now - before < interval * 1000L) {
            suppressed.add(body);
            return "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"dup\"}";
        }
        deliveredAt.put(body, now);
        delivered.add(body);
        return null;
    }

    /** Bodies that reached the user, in order. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    /** Bodies dropped as duplicates. */
    public List<String> suppressed() {
        return List.copyOf(suppressed);
    }
}

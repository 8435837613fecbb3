package com.salesbot.adapters.dingtalk.callback;

import com.salesbot.core.port.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Closes DingTalk's HTTP-mode replay window. The robot callback signature covers only {@code timestamp + appSecret},
 * not the body, so one leaked header pair would let anyone post any body, as anyone, for the pair's whole validity
 * (one hour either side). Each pair is therefore bound to the first message id seen with it, in the shared key-value
 * store (Redis with several instances): the same pair with another message id is refused. A platform retry of the
 * same message (same pair, same id) still passes and is then deduplicated by the inbox.
 * <p>
 * Trade-off: two genuine callbacks signed in the same millisecond share a pair; the second is refused and DingTalk's
 * own redelivery brings it back with a new timestamp.
 */
public final class SignatureReplayGuard {
    /** A pair is acceptable for at most two hours (timestamp within one hour either side of now), plus margin. */
    public static final Duration TTL = Duration.ofMinutes(135);
    private static final String PREFIX = "dingtalk:callback-sign:";

    private final KeyValueStore kv;

    public SignatureReplayGuard(KeyValueStore kv) {
        this.kv = kv;
    }

    /** True when this timestamp/sign pair is new or was first seen with this same message id. */
    public boolean admit(String timestamp, String sign, String eventId) {
        String key = PREFIX + timestamp.trim() + ":" + digest(sign.trim());
        if (kv.putIfAbsent(key, eventId, TTL)) {
            return true;
        }
        Optional<String> first = kv.get(key);
        return first.isEmpty() || first.get().equals(eventId);
    }

    private static String digest(String sign) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sign.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}

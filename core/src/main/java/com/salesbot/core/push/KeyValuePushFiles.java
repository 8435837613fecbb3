package com.salesbot.core.push;

import com.salesbot.core.port.KeyValueStore;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Push files in the shared key-value store (Redis or memory), so every instance can serve them; the token is
 * random (128 bits), the link absolute and signed ({@link SignedLinks}), and the file expires after {@code keep}.
 */
public final class KeyValuePushFiles implements PushFiles {
    private static final String PREFIX = "push:file:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyValueStore kv;
    private final SignedLinks links;
    private final Duration keep;

    /** @param links builds the absolute, signed link of a file; it should expire no later than {@code keep} */
    public KeyValuePushFiles(KeyValueStore kv, SignedLinks links, Duration keep) {
        this.kv = kv;
        this.links = links;
        this.keep = keep;
    }

    @Override
    public String publish(String fileName, byte[] content) {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Base64.Encoder b64 = Base64.getEncoder();
        kv.put(PREFIX + token, b64.encodeToString(fileName.getBytes(StandardCharsets.UTF_8)) + ":"
                + b64.encodeToString(content), keep);
        return links.link(token, fileName);
    }

    @Override
    public Optional<StoredFile> open(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return kv.get(PREFIX + token).map(v -> {
            String[] parts = v.split(":", 2);
            Base64.Decoder d = Base64.getDecoder();
            return new StoredFile(new String(d.decode(parts[0]), StandardCharsets.UTF_8), d.decode(parts[1]));
        });
    }
}

package com.salesbot.bot.sandbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Card PNGs delivered to sandbox people, kept in memory (the newest {@value #CAPACITY}) so the page can show them. */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxImages {
    static final int CAPACITY = 500;

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, byte[]> images = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Keeps the PNG and returns its id for GET /sandbox/api/images/{id}. */
    public synchronized String put(byte[] png) {
        String id = "img" + ids.incrementAndGet();
        images.put(id, png.clone());
        return id;
    }

    public synchronized Optional<byte[]> get(String id) {
        return Optional.ofNullable(images.get(id)).map(byte[]::clone);
    }
}

package com.salesbot.core.fakes;

import com.salesbot.core.model.Touch;
import com.salesbot.core.port.TouchStore;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link TouchStore} in memory for core tests: idempotent on (source, external id), a result recorded once
 * (atomic, so two concurrent clicks tag a touch once), time ranges start inclusive, end exclusive.
 */
public final class InMemoryTouchStore implements TouchStore {
    private final ConcurrentSkipListMap<Long, Touch> touches = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Touch insert(Touch touch) {
        if (touch.externalId() != null) {
            Optional<Touch> existing = touches.values().stream()
                    .filter(t -> Objects.equals(t.source(), touch.source())
                            && Objects.equals(t.externalId(), touch.externalId()))
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        Touch stored = touch.withId(ids.incrementAndGet());
        touches.put(stored.id(), stored);
        return stored;
    }

    @Override
    public boolean recordResult(long touchId, String resultTag, String note, long taggedAt) {
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        touches.computeIfPresent(touchId, (id, old) -> {
            // ConcurrentSkipListMap may run this more than once (a lost CAS retries): only the last run counts
            done.set(false);
            if (old.tagged()) {
                return old;
            }
            done.set(true);
            return old.tagged(resultTag, note, taggedAt);
        });
        return done.get();
    }

    @Override
    public boolean recordNote(long touchId, String note) {
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        touches.computeIfPresent(touchId, (id, old) -> {
            done.set(false); // a retried run after a lost CAS must not keep an earlier run's answer
            if (!old.tagged() || old.note() != null) {
                return old;
            }
            done.set(true);
            return old.tagged(old.resultTag(), note, old.taggedAt());
        });
        return done.get();
    }

    @Override
    public Optional<Touch> find(long touchId) {
        return Optional.ofNullable(touches.get(touchId));
    }

    @Override
    public List<Touch> between(long fromInclusive, long toExclusive) {
        return touches.values().stream()
                .filter(t -> t.startedAt() >= fromInclusive && t.startedAt() < toExclusive)
                .sorted(Comparator.comparingLong(Touch::startedAt).thenComparingLong(Touch::id)).toList();
    }

    @Override
    public List<Touch> ofRepBetween(String repId, long fromInclusive, long toExclusive) {
        return between(fromInclusive, toExclusive).stream().filter(t -> t.repId().equals(repId)).toList();
    }

    @Override
    public List<Touch> untaggedBefore(long before) {
        return touches.values().stream().filter(t -> !t.tagged() && t.startedAt() < before)
                .sorted(Comparator.comparingLong(Touch::startedAt)).toList();
    }
}

package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.KeyValueStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link KeyValueStore} must show; subclasses supply the store and the passing of time. */
public abstract class KeyValueStoreContract extends TimedContract {
    protected abstract KeyValueStore store();

    @Test
    void returnsWhatWasPutAndNothingForUnknownKeys() {
        String key = uniqueKey("kv");
        store().put(key, "跟进王总", Duration.ofMinutes(1));

        assertThat(store().get(key)).contains("跟进王总");
        assertThat(store().get(uniqueKey("missing"))).isEmpty();
    }

    @Test
    void putOverwritesTheValue() {
        String key = uniqueKey("kv");
        store().put(key, "a", Duration.ofMinutes(1));
        store().put(key, "b", Duration.ofMinutes(1));

        assertThat(store().get(key)).contains("b");
    }

    @Test
    void valueIsKeptUntilItsTtlAndGoneAfter() {
        String key = uniqueKey("kv");
        store().put(key, "v", shortTtl());

        elapse(shortTtl().minus(tolerance()));
        assertThat(store().get(key)).contains("v");

        elapse(tolerance().multipliedBy(2));
        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void putRenewsTheTtl() {
        String key = uniqueKey("kv");
        store().put(key, "v1", shortTtl());
        elapse(shortTtl().minus(tolerance()));
        store().put(key, "v2", shortTtl());

        elapse(tolerance().multipliedBy(2));
        assertThat(store().get(key)).contains("v2");
    }

    @Test
    void putIfAbsentSetsOnlyTheFirstValue() {
        String key = uniqueKey("kv");

        assertThat(store().putIfAbsent(key, "first", Duration.ofMinutes(1))).isTrue();
        assertThat(store().putIfAbsent(key, "second", Duration.ofMinutes(1))).isFalse();
        assertThat(store().get(key)).contains("first");
    }

    @Test
    void putIfAbsentSucceedsAgainOnceTheValueExpired() {
        String key = uniqueKey("kv");
        store().putIfAbsent(key, "old", shortTtl());

        elapse(shortTtl().minus(tolerance()));
        assertThat(store().putIfAbsent(key, "new", shortTtl())).isFalse();

        elapse(tolerance().multipliedBy(2));
        assertThat(store().putIfAbsent(key, "new", shortTtl())).isTrue();
        assertThat(store().get(key)).contains("new");
    }

    @Test
    void exactlyOneOfManyConcurrentPutIfAbsentWins() throws Exception {
        String key = uniqueKey("kv");
        AtomicInteger ids = new AtomicInteger();

        List<Optional<String>> winners = runConcurrently(16, () -> {
            String mine = "writer-" + ids.incrementAndGet();
            return store().putIfAbsent(key, mine, Duration.ofMinutes(1)) ? Optional.of(mine) : Optional.empty();
        });

        List<String> won = winners.stream().flatMap(Optional::stream).toList();
        assertThat(won).hasSize(1);
        assertThat(store().get(key)).contains(won.get(0));
    }

    @Test
    void deleteRemovesTheValueAndIgnoresUnknownKeys() {
        String key = uniqueKey("kv");
        store().put(key, "v", Duration.ofMinutes(1));

        store().delete(key);
        store().delete(uniqueKey("missing"));

        assertThat(store().get(key)).isEmpty();
        assertThat(store().putIfAbsent(key, "again", Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void rejectsATtlThatIsNotPositive() {
        String key = uniqueKey("kv");

        assertThatThrownBy(() -> store().put(key, "v", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().putIfAbsent(key, "v", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().get(key)).isEmpty();
    }
}

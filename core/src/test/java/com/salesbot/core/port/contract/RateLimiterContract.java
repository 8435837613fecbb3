package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.RateLimiter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link RateLimiter} must show: a sliding window, not a fixed one; several limits all or none. */
public abstract class RateLimiterContract extends TimedContract {
    protected abstract RateLimiter limiter();

    /** The window used by the timed tests; at least four tolerances long. */
    protected Duration window() {
        return shortTtl().multipliedBy(2);
    }

    @Test
    void allowsExactlyLimitPermitsThenReportsAWaitWithinTheWindow() {
        String key = uniqueKey("rate");
        Duration window = Duration.ofMinutes(1);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter().tryAcquire(key, 3, window)).as("permit %d", i + 1).isZero();
        }
        Duration wait = limiter().tryAcquire(key, 3, window);

        assertThat(wait).isPositive().isLessThanOrEqualTo(window);
        assertThat(wait).isGreaterThan(window.minus(tolerance()));
    }

    @Test
    void refusedAttemptsDoNotUsePermits() {
        String key = uniqueKey("rate");
        Duration half = window().dividedBy(2);
        assertThat(limiter().tryAcquire(key, 1, window())).isZero();
        elapse(half);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter().tryAcquire(key, 1, window())).isPositive();
        }

        elapse(half.plus(tolerance()));

        assertThat(limiter().tryAcquire(key, 1, window())).as("only the granted permit counted").isZero();
    }

    @Test
    void windowSlidesSoEachPermitComesBackOneWindowAfterItWasTaken() {
        String key = uniqueKey("rate");
        Duration half = window().dividedBy(2);
        assertThat(limiter().tryAcquire(key, 2, window())).isZero();
        elapse(half);
        assertThat(limiter().tryAcquire(key, 2, window())).isZero();

        Duration wait = limiter().tryAcquire(key, 2, window());
        assertThat(wait).isPositive().isLessThanOrEqualTo(half).isGreaterThan(half.minus(tolerance()));

        elapse(wait.minus(tolerance()));
        assertThat(limiter().tryAcquire(key, 2, window())).as("just before the first permit frees").isPositive();

        elapse(tolerance().multipliedBy(2));
        assertThat(limiter().tryAcquire(key, 2, window())).as("first permit freed").isZero();
        Duration secondWait = limiter().tryAcquire(key, 2, window());
        assertThat(secondWait).as("second permit still counts").isPositive()
                .isLessThanOrEqualTo(half);
    }

    @Test
    void loweringTheLimitWaitsUntilEnoughPermitsHaveFreed() {
        String key = uniqueKey("rate");
        Duration half = window().dividedBy(2);
        assertThat(limiter().tryAcquire(key, 3, window())).isZero();
        elapse(half);
        assertThat(limiter().tryAcquire(key, 3, window())).isZero();

        Duration wait = limiter().tryAcquire(key, 1, window());

        assertThat(wait).as("both permits must free, not just the oldest")
                .isGreaterThan(half.plus(tolerance())).isLessThanOrEqualTo(window());
    }

    @Test
    void keysAreLimitedIndependently() {
        String a = uniqueKey("rate");
        String b = uniqueKey("rate");
        assertThat(limiter().tryAcquire(a, 1, Duration.ofMinutes(1))).isZero();

        assertThat(limiter().tryAcquire(b, 1, Duration.ofMinutes(1))).isZero();
        assertThat(limiter().tryAcquire(a, 1, Duration.ofMinutes(1))).isPositive();
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimit() throws Exception {
        String key = uniqueKey("rate");

        List<Integer> granted = runConcurrently(8, () -> {
            int mine = 0;
            for (int i = 0; i < 10; i++) {
                if (limiter().tryAcquire(key, 25, Duration.ofMinutes(1)).isZero()) {
                    mine++;
                }
            }
            return mine;
        });

        assertThat(granted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
    }

    @Test
    void severalLimitsAreTakenTogetherOrNotAtAll() {
        RateLimiter.Limit tight = new RateLimiter.Limit(uniqueKey("rate"), 1, Duration.ofMinutes(1));
        String wideKey = uniqueKey("rate");
        RateLimiter.Limit wide = new RateLimiter.Limit(wideKey, 3, Duration.ofMinutes(1));
        assertThat(limiter().tryAcquireAll(List.of(tight, wide))).isZero();

        assertThat(limiter().tryAcquireAll(List.of(tight, wide))).as("the tight limit refuses").isPositive();

        // the refused call took nothing under the wide limit: two of its three permits are left
        assertThat(limiter().tryAcquire(wideKey, 3, Duration.ofMinutes(1))).isZero();
        assertThat(limiter().tryAcquire(wideKey, 3, Duration.ofMinutes(1))).isZero();
        assertThat(limiter().tryAcquire(wideKey, 3, Duration.ofMinutes(1))).isPositive();
    }

    @Test
    void theWaitIsTheLongestAmongTheLimitsThatRefuse() {
        RateLimiter.Limit minute = new RateLimiter.Limit(uniqueKey("rate"), 1, Duration.ofMinutes(1));
        RateLimiter.Limit hour = new RateLimiter.Limit(uniqueKey("rate"), 1, Duration.ofHours(1));
        assertThat(limiter().tryAcquireAll(List.of(minute, hour))).isZero();

        Duration wait = limiter().tryAcquireAll(List.of(minute, hour));

        assertThat(wait).isGreaterThan(Duration.ofMinutes(59)).isLessThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void concurrentCallersOfSeveralLimitsNeverTakeAPermitUnderOneAlone() throws Exception {
        String tightKey = uniqueKey("rate");
        String wideKey = uniqueKey("rate");
        List<RateLimiter.Limit> limits = List.of(new RateLimiter.Limit(tightKey, 25, Duration.ofMinutes(1)),
                new RateLimiter.Limit(wideKey, 1000, Duration.ofMinutes(1)));

        List<Integer> granted = runConcurrently(8, () -> {
            int mine = 0;
            for (int i = 0; i < 10; i++) {
                if (limiter().tryAcquireAll(limits).isZero()) {
                    mine++;
                }
            }
            return mine;
        });

        assertThat(granted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
        // exactly the 25 granted calls were logged under the wide limit too
        assertThat(limiter().tryAcquire(wideKey, 26, Duration.ofMinutes(1))).isZero();
        assertThat(limiter().tryAcquire(wideKey, 26, Duration.ofMinutes(1))).isPositive();
    }

    @Test
    void rejectsALimitBelowOneAndAWindowThatIsNotPositive() {
        String key = uniqueKey("rate");

        assertThatThrownBy(() -> limiter().tryAcquire(key, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter().tryAcquire(key, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(limiter().tryAcquire(key, 1, Duration.ofMinutes(1))).isZero();
    }
}

package com.salesbot.core.port.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Time and concurrency helpers shared by the port contract suites. In-memory subclasses move a clock;
 * Redis subclasses sleep, so they use short TTLs and a tolerance that absorbs scheduling jitter.
 */
public abstract class TimedContract {
    /** Lets time pass for the implementation under test. */
    protected abstract void elapse(Duration duration);

    /** A TTL or window short enough to wait out in a test. */
    protected abstract Duration shortTtl();

    /** How far before or after a deadline the suite checks; must be well under half of shortTtl. */
    protected abstract Duration tolerance();

    /** A key no other test (or test run sharing the same store) uses. */
    protected static String uniqueKey(String name) {
        return name + ":" + UUID.randomUUID();
    }

    /** Runs the task on many threads released at the same moment and returns every result. */
    protected static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

package com.salesbot.core.port.contract;

import com.salesbot.core.testdata.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Time and concurrency helpers shared by the port contract suites. In-memory subclasses move a clock;
 * Redis subclasses sleep, so they use short TTLs and a tolerance that absorbs scheduling jitter.
 */
public abstract class TimedContract {
    /** How time passes for the implementation under test. */
    protected abstract Timing timing();

    /** Lets time pass for the implementation under test. */
    protected void elapse(Duration duration) {
        timing().elapser().accept(duration);
    }

    /** A TTL or window short enough to wait out in a test. */
    protected Duration shortTtl() {
        return timing().shortTtl();
    }

    /** How far before or after a deadline the suite checks; must be well under half of shortTtl. */
    protected Duration tolerance() {
        return timing().tolerance();
    }

    /** A key no other test (or test run sharing the same store) uses. */
    protected static String uniqueKey(String name) {
        return name + ":" + UUID.randomUUID();
    }

    /** Runs the task on many threads released at the same moment and returns every result. */
    protected static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
        return Concurrently.run(threads, task);
    }
}

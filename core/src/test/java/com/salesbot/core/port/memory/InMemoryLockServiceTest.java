package com.salesbot.core.port.memory;

import com.salesbot.core.port.LockService;
import com.salesbot.core.port.contract.LockServiceContract;
import com.salesbot.core.port.contract.Timing;
import com.salesbot.core.testdata.MutableClock;

class InMemoryLockServiceTest extends LockServiceContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryLockService subject = new InMemoryLockService(clock);

    @Override
    protected LockService locks() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return Timing.movedBy(clock);
    }
}

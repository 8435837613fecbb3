package com.salesbot.core.testdata;

import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxStore;
import java.util.List;

/** An inbox that hands every call to another; tests override the calls they want to change. */
public abstract class ForwardingInboxStore implements InboxStore {
    protected final InboxStore delegate;

    protected ForwardingInboxStore(InboxStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean record(String channel, String eventId, String payload, long receivedAt) {
        return delegate.record(channel, eventId, payload, receivedAt);
    }

    @Override
    public boolean[] recordAll(List<Arrival> arrivals) {
        return delegate.recordAll(arrivals);
    }

    @Override
    public List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
        return delegate.claim(owner, max, now, leaseMillis);
    }

    @Override
    public boolean renew(long id, String leaseToken, long leaseUntil) {
        return delegate.renew(id, leaseToken, leaseUntil);
    }

    @Override
    public int renewAll(List<Long> ids, String leaseToken, long leaseUntil) {
        return delegate.renewAll(ids, leaseToken, leaseUntil);
    }

    @Override
    public boolean markDone(long id, String leaseToken) {
        return delegate.markDone(id, leaseToken);
    }

    @Override
    public int markAllDone(List<Long> ids, String leaseToken) {
        return delegate.markAllDone(ids, leaseToken);
    }

    @Override
    public boolean retryLater(long id, String leaseToken, long notBefore, String error, boolean countAttempt) {
        return delegate.retryLater(id, leaseToken, notBefore, error, countAttempt);
    }

    @Override
    public boolean markFailed(long id, String leaseToken, String error) {
        return delegate.markFailed(id, leaseToken, error);
    }

    @Override
    public int purgeDone(long receivedBefore, int batch) {
        return delegate.purgeDone(receivedBefore, batch);
    }

    @Override
    public long countPending() {
        return delegate.countPending();
    }

    @Override
    public long oldestPendingAt() {
        return delegate.oldestPendingAt();
    }
}

package com.salesbot.bot.channel;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.messaging.InboxRecorder;
import com.salesbot.core.messaging.InboxStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a verified callback durably before it is acknowledged (docs/design.md, message life cycle step 2), then wakes the pump.
 * A duplicate (platform retry) is acknowledged and not processed again. Concurrent callbacks share one commit
 * ({@link InboxRecorder}).
 */
@Singleton
public class CallbackInbox {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackInbox.class);

    private final InboxRecorder inbox;
    private final MessagePump pump;
    private final Clock clock;
    private final CallbackListener listener;

    public CallbackInbox(InboxStore inbox, MessagePump pump, Clock clock, CallbackListener listener) {
        this.inbox = new InboxRecorder(inbox).listener(listener::recorded);
        this.pump = pump;
        this.clock = clock;
        this.listener = listener;
    }

    /** @return true when new, false when it was a retry of a message already recorded */
    public boolean record(String channel, String eventId, String payload) {
        boolean fresh = inbox.record(channel, eventId, payload, clock.millis());
        listener.callback(channel, fresh ? "accepted" : "duplicate");
        if (fresh) {
            pump.nudge();
        } else {
            LOG.debug("{} callback {} is a retry; acknowledged without processing", channel, eventId);
        }
        return fresh;
    }

    /** A callback refused before recording (forged, stale, malformed). */
    public void rejected(String channel, int status, String reason) {
        listener.callback(channel, "rejected_" + status);
        LOG.warn("{} callback rejected with {}: {}", channel, status, reason);
    }
}

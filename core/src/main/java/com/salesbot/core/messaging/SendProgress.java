package com.salesbot.core.messaging;

/**
 * Per-part progress of one outbox row whose message goes out as several platform calls (a card, then its image).
 * A sender skips the parts already done and reports each part as it goes out, so a retry resends only what did not
 * go out. {@link #key()} is stable for the row across retries and instances.
 */
public interface SendProgress {
    SendProgress NONE = new SendProgress() {
        @Override
        public String key() {
            return null;
        }

        @Override
        public int partsDone() {
            return 0;
        }

        @Override
        public boolean partSent(int partsDone) {
            return true;
        }
    };

    /** A stable identity of the message being delivered (the outbox row), null when there is none. */
    String key();

    /** Parts already delivered by earlier tries. */
    int partsDone();

    /** Records that the first partsDone parts are out; false when this delivery lost its lease and must stop. */
    boolean partSent(int partsDone);
}

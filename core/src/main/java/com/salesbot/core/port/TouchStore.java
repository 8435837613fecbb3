package com.salesbot.core.port;

import com.salesbot.core.model.Touch;
import java.util.List;
import java.util.Optional;

/** Touches (calls, visits, chats). Time ranges are epoch ms, start inclusive, end exclusive. */
public interface TouchStore {
    /**
     * Stores a touch and returns it with its id. When {@code externalId} is set and a touch with the same
     * source and external id exists, nothing is written and the existing touch is returned.
     */
    Touch insert(Touch touch);

    /**
     * Records the result tag once: succeeds only while the touch is untagged.
     *
     * @return true when this call tagged it, false when it was already tagged or does not exist
     */
    boolean recordResult(long touchId, String resultTag, String note, long taggedAt);

    /**
     * Adds the optional R2 note (at most {@link Touch#MAX_NOTE_LENGTH} characters) to a touch that is already
     * tagged and has no note yet; the note is asked for right after the one-tap result tag.
     *
     * @return true when this call set it, false when the touch is untagged, already has a note or does not exist
     */
    default boolean recordNote(long touchId, String note) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not store result notes yet");
    }

    Optional<Touch> find(long touchId);

    List<Touch> between(long fromInclusive, long toExclusive);

    List<Touch> ofRepBetween(String repId, long fromInclusive, long toExclusive);

    /** Untagged touches that started before the given instant, oldest first. */
    List<Touch> untaggedBefore(long before);
}

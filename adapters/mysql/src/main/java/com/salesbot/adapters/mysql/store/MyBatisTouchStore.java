package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.GeneratedKey;
import com.salesbot.adapters.mysql.mapper.TouchMapper;
import com.salesbot.core.model.Require;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.TouchStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Touches in MySQL/H2; idempotent on (source, external id), result tag recorded at most once. */
@Singleton
public class MyBatisTouchStore implements TouchStore {
    private final TouchMapper mapper;

    public MyBatisTouchStore(TouchMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Touch insert(Touch touch) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insert(touch, key);
        } catch (RuntimeException e) {
            if (touch.externalId() == null || !DuplicateKeys.isDuplicate(e)) {
                throw e;
            }
            return existing(touch.source(), touch.externalId());
        }
        return touch.withId(key.getId());
    }

    /**
     * The row that beat this insert. A plain read first: a locking read here would make two losers of the same
     * race, both holding the shared lock from their failed insert, deadlock on MariaDB. The locking read is only
     * the fallback for an outer transaction whose older snapshot cannot see the winner.
     */
    private Touch existing(String source, String externalId) {
        Touch existing = mapper.findByExternalId(source, externalId, false);
        return existing != null ? existing : mapper.findByExternalId(source, externalId, true);
    }

    @Override
    @Transactional
    public boolean recordResult(long touchId, String resultTag, String note, long taggedAt) {
        return mapper.recordResult(touchId, resultTag, note, taggedAt) == 1;
    }

    /** @throws IllegalArgumentException when the note is missing or longer than {@link Touch#MAX_NOTE_LENGTH} */
    @Override
    @Transactional
    public boolean recordNote(long touchId, String note) {
        Require.text(note, "note");
        if (note.codePointCount(0, note.length()) > Touch.MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + Touch.MAX_NOTE_LENGTH + " characters");
        }
        return mapper.recordNote(touchId, note) == 1;
    }

    @Override
    @ReadOnly
    public Optional<Touch> find(long touchId) {
        return Optional.ofNullable(mapper.find(touchId));
    }

    @Override
    @ReadOnly
    public List<Touch> between(long fromInclusive, long toExclusive) {
        return mapper.between(fromInclusive, toExclusive);
    }

    @Override
    @ReadOnly
    public List<Touch> ofRepBetween(String repId, long fromInclusive, long toExclusive) {
        return mapper.ofRepBetween(repId, fromInclusive, toExclusive);
    }

    @Override
    @ReadOnly
    public List<Touch> untaggedBefore(long before) {
        return mapper.untaggedBefore(before);
    }
}

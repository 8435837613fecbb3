package com.salesbot.core.model;

/**
 * A touch (触达): one call, visit, chat or meeting of a rep with a customer.
 *
 * @param id              0 before it is stored
 * @param startedAt       epoch ms
 * @param durationSeconds seconds of voice or text interaction
 * @param resultTag       the R2 result tag (结果标签), null while untagged
 * @param note            optional note of at most 20 characters, null when none
 * @param taggedAt        epoch ms when the result tag was picked, 0 while untagged
 * @param source          where the touch came from: chat, api, archive, sandbox
 * @param externalId      the caller's id for idempotent ingestion, null when none
 */
public record Touch(long id, String repId, String customerId, TouchKind kind, long startedAt, int durationSeconds,
                    String resultTag, String note, long taggedAt, String source, String externalId) {
    public static final int MAX_NOTE_LENGTH = 20;

    public Touch {
        Require.text(repId, "rep id");
        Require.present(kind, "touch kind");
        Require.notNegative(startedAt, "start");
        Require.notNegative(durationSeconds, "duration");
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH + " characters");
        }
    }

    public boolean tagged() {
        return resultTag != null;
    }

    public Touch withId(long newId) {
        return new Touch(newId, repId, customerId, kind, startedAt, durationSeconds, resultTag, note, taggedAt, source,
                externalId);
    }

    public Touch tagged(String tag, String newNote, long at) {
        return new Touch(id, repId, customerId, kind, startedAt, durationSeconds, Require.text(tag, "result tag"),
                newNote, at, source, externalId);
    }
}

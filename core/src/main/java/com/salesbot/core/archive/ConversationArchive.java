package com.salesbot.core.archive;

/** The conversation archive: pulls new customer messages after a sequence number. */
public interface ConversationArchive {
    /**
     * Pulls up to {@code limit} records after {@code afterSeq}.
     *
     * @throws ArchiveException when nothing could be pulled; the caller keeps its cursor and retries later
     */
    ArchiveBatch pull(long afterSeq, int limit);
}

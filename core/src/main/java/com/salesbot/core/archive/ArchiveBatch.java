package com.salesbot.core.archive;

import java.util.List;

/**
 * What one pull returned.
 *
 * @param messages decrypted records in seq order
 * @param nextSeq  where the next pull starts: the seq of the last record handed over (the request's seq when
 *                 nothing came back). When the source stopped early, records after it are pulled again next time
 * @param more     true when the source probably has more right now (a full batch), so the caller may pull again
 */
public record ArchiveBatch(List<ArchivedMessage> messages, long nextSeq, boolean more) {
    public ArchiveBatch {
        messages = List.copyOf(messages);
    }

    public static ArchiveBatch empty(long afterSeq) {
        return new ArchiveBatch(List.of(), afterSeq, false);
    }
}

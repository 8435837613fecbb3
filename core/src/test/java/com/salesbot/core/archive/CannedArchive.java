package com.salesbot.core.archive;

import java.util.ArrayList;
import java.util.List;

/** An archive answering from a fixed list of records; can be told to fail the next pulls. */
final class CannedArchive implements ConversationArchive {
    final List<ArchivedMessage> records = new ArrayList<>();
    final List<Long> requestedSeqs = new ArrayList<>();
    int failNext;

    @Override
    public ArchiveBatch pull(long afterSeq, int limit) {
        requestedSeqs.add(afterSeq);
        if (failNext > 0) {
            failNext--;
            throw new ArchiveException("archive unavailable");
        }
        List<ArchivedMessage> out = records.stream().filter(r -> r.seq() > afterSeq).limit(limit).toList();
        long next = out.isEmpty() ? afterSeq : out.get(out.size() - 1).seq();
        return new ArchiveBatch(out, next, out.size() == limit);
    }
}

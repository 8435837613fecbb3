package com.salesbot.bot.archive;

import com.salesbot.core.archive.ArchiveBatch;
import com.salesbot.core.archive.ArchivedMessage;
import com.salesbot.core.archive.ConversationArchive;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Replaces the WxJava archive (no native library here) when archive-test.canned=true. */
@Singleton
@Replaces(ConversationArchive.class)
@Requires(property = "archive-test.canned", value = "true")
public class CannedConversationArchive implements ConversationArchive {
    public final List<ArchivedMessage> records = new CopyOnWriteArrayList<>();

    @Override
    public ArchiveBatch pull(long afterSeq, int limit) {
        List<ArchivedMessage> out = records.stream().filter(r -> r.seq() > afterSeq).limit(limit).toList();
        return new ArchiveBatch(out, out.isEmpty() ? afterSeq : out.get(out.size() - 1).seq(), out.size() == limit);
    }
}

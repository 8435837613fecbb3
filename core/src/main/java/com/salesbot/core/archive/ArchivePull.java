package com.salesbot.core.archive;

import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import com.salesbot.core.tagging.RowResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pulls new messages from the conversation archive into conversation tagging. The cursor (last seq) lives in the
 * key-value store and is written only after a batch has been ingested, so a crash or a failing batch re-reads
 * the same records next time; ingestion is idempotent on the archive msgid, so nothing is tagged twice.
 */
public final class ArchivePull {
    public static final String CURSOR_KEY = "wecom:msgaudit:seq";
    public static final String CHANNEL = "wecom-archive";
    /** The WeCom API allows at most 1000 records per pull. */
    public static final int MAX_BATCH = 1000;
    private static final Duration CURSOR_TTL = Duration.ofDays(3650);

    private final ConversationArchive archive;
    private final KeyValueStore kv;
    private final IngestConversations ingest;
    private final ArchiveRowMapper mapper;
    private final int batchSize;

    public ArchivePull(ConversationArchive archive, KeyValueStore kv, OrgStore org, CustomerStore customers,
                       IngestConversations ingest, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be 1.." + MAX_BATCH + ": " + batchSize);
        }
        this.archive = archive;
        this.kv = kv;
        this.ingest = ingest;
        this.mapper = new ArchiveRowMapper(org, customers, CHANNEL);
        this.batchSize = batchSize;
    }

    /** The seq after which the next pull starts; 0 before the first successful pull. */
    public long cursor() {
        Optional<String> stored = kv.get(CURSOR_KEY);
        if (stored.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(stored.get().strip());
        } catch (NumberFormatException e) {
            throw new ArchiveException("the archive cursor " + CURSOR_KEY + " is not a number");
        }
    }

    /** One pull; the cursor moves only when the whole batch has been ingested. */
    public PullReport pullOnce() {
        long from = cursor();
        ArchiveBatch batch = archive.pull(from, batchSize);
        List<IngestRow> rows = new ArrayList<>();
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        for (ArchiveRowMapper.Mapped mapped : mapper.mapAll(batch.messages())) {
            if (mapped.row() != null) {
                rows.add(mapped.row());
            } else {
                skipped.merge(mapped.skipped(), 1, Integer::sum);
            }
        }
        int stored = 0;
        int duplicates = 0;
        int invalid = 0;
        for (RowResult r : rows.isEmpty() ? List.<RowResult>of() : ingest.ingest(rows)) {
            switch (r.status()) {
                case STORED -> stored++;
                case DUPLICATE -> duplicates++;
                case INVALID -> invalid++;
            }
        }
        long to = Math.max(from, batch.nextSeq());
        if (to != from) {
            kv.put(CURSOR_KEY, Long.toString(to), CURSOR_TTL);
        }
        return new PullReport(from, to, batch.messages().size(), stored, duplicates, invalid, skipped,
                batch.more() && to > from);
    }

    /** Pulls until the archive has nothing more right now, at most {@code maxBatches} times. */
    public PullReport pullUntilCaughtUp(int maxBatches) {
        PullReport report = pullOnce();
        for (int i = 1; i < maxBatches && report.more(); i++) {
            report = report.plus(pullOnce());
        }
        return report;
    }
}

package com.salesbot.bot.tagging;

import com.salesbot.core.tagging.RowResult;
import com.salesbot.core.tagging.RowStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Counts and one result per posted message, in the request's order. */
@Serdeable
public record IngestResponse(int stored, int duplicates, int invalid, List<Row> results) {
    @Serdeable
    public record Row(int index, String clientMsgId, RowStatus status, long messageId, long conversationId,
                      List<TagView> tags, List<String> errors) {
        public Row {
            tags = tags == null ? List.of() : tags;
            errors = errors == null ? List.of() : errors;
        }
    }

    static IngestResponse of(List<RowResult> rows) {
        List<Row> out = rows.stream().map(r -> new Row(r.index(), r.clientMsgId(), r.status(), r.messageId(),
                r.conversationId(), TagView.of(r.tags()), r.errors())).toList();
        return new IngestResponse(count(rows, RowStatus.STORED), count(rows, RowStatus.DUPLICATE),
                count(rows, RowStatus.INVALID), out);
    }

    private static int count(List<RowResult> rows, RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }
}

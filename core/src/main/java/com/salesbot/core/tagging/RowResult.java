package com.salesbot.core.tagging;

import com.salesbot.core.model.TagAssignment;
import java.util.List;

/**
 * The outcome of one ingested row, reported in the request's order.
 *
 * @param index  0-based position in the request
 * @param errors why the row was rejected (INVALID), in Chinese for the integrator
 */
public record RowResult(int index, String clientMsgId, RowStatus status, long messageId, long conversationId,
                        List<TagAssignment> tags, List<String> errors) {
    public RowResult {
        tags = List.copyOf(tags);
        errors = List.copyOf(errors);
    }

    static RowResult invalid(int index, String clientMsgId, List<String> errors) {
        return new RowResult(index, clientMsgId, RowStatus.INVALID, 0, 0, List.of(), errors);
    }

    static RowResult duplicate(int index, String clientMsgId) {
        return new RowResult(index, clientMsgId, RowStatus.DUPLICATE, 0, 0, List.of(), List.of());
    }
}

package com.salesbot.bot.tagging;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

/**
 * Transcripts from phone systems, e-mail or other tools (R16). Idempotent on (channel, clientMsgId); each row is
 * checked on its own, bad rows are reported and good rows kept, so the answer is 200 whenever the body parses.
 */
@Controller("/api/conversations")
public class ConversationIngestController {
    static final int MAX_ROWS = 1_000;

    private final IngestConversations ingest;

    public ConversationIngestController(IngestConversations ingest) {
        this.ingest = ingest;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> ingest(@Body IngestRequest request) {
        if (request.messages() == null || request.messages().isEmpty()) {
            return HttpResponse.badRequest(ApiError.of("invalid_request", "messages 不能为空"));
        }
        if (request.messages().size() > MAX_ROWS) {
            return HttpResponse.badRequest(ApiError.of("too_many_rows", "一次最多提交 " + MAX_ROWS + " 条消息"));
        }
        List<IngestRow> rows = request.messages().stream().map(m -> m == null ? null
                : new IngestRow(m.clientMsgId(), m.channel(), m.repId(), m.customerId(), m.direction(), m.sentAt(),
                m.text(), m.attachmentName(), m.attachmentSha256())).toList();
        return HttpResponse.ok(IngestResponse.of(ingest.ingest(rows)));
    }
}

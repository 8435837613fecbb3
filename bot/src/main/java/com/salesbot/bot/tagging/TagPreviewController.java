package com.salesbot.bot.tagging;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.model.Direction;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.TaggedMessage;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Lets an admin try the tagging rules on a text before saving them (R16). Nothing is stored. */
@Controller("/api/tag")
public class TagPreviewController {
    static final int MAX_CHARS = 5_000;

    private final MessageTagger tagger;

    public TagPreviewController(MessageTagger tagger) {
        this.tagger = tagger;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> preview(@Body TagPreviewRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return HttpResponse.badRequest(ApiError.of("invalid_request", "text 不能为空"));
        }
        if (request.text().length() > MAX_CHARS) {
            return HttpResponse.badRequest(ApiError.of("text_too_long", "text 不能超过 " + MAX_CHARS + " 个字符"));
        }
        Direction direction = "IN".equalsIgnoreCase(request.direction()) ? Direction.IN : Direction.OUT;
        TaggedMessage tagged = tagger.tag(request.text(), direction, null, Boolean.TRUE.equals(request.ndaSigned()));
        return HttpResponse.ok(new TagPreviewResponse(TagView.of(tagged.result().scenarios()),
                TagView.of(tagged.result().signals())));
    }
}

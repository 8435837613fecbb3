package com.salesbot.bot.channel.dingtalk;

import com.salesbot.core.messaging.CallbackVerification;
import com.salesbot.adapters.dingtalk.callback.DingtalkCallbackVerifier;
import com.salesbot.bot.channel.CallbackInbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** DingTalk robot callbacks in http mode: verify timestamp/sign, record, answer at once. */
@Controller("/callbacks/dingtalk")
@Requires(property = "dingtalk.app-key")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DingtalkCallbackController {
    private static final String CHANNEL = "dingtalk";
    private final DingtalkCallbackVerifier verifier;
    private final CallbackInbox inbox;

    public DingtalkCallbackController(DingtalkCallbackVerifier verifier, CallbackInbox inbox) {
        this.verifier = verifier;
        this.inbox = inbox;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, String>> receive(@Nullable @Header("timestamp") String timestamp,
                                                     @Nullable @Header("sign") String sign,
                                                     @Nullable @Body byte[] body) {
        CallbackVerification verdict = verifier.verify(timestamp, sign, body == null ? new byte[0] : body);
        if (verdict instanceof CallbackVerification.Accepted a) {
            inbox.record(CHANNEL, a.eventId(), a.payload());
            return HttpResponse.ok(Map.of("status", "ok"));
        }
        CallbackVerification.Rejected r = (CallbackVerification.Rejected) verdict;
        inbox.rejected(CHANNEL, r.httpStatus(), r.reason());
        return HttpResponse.<Map<String, String>>status(HttpStatus.valueOf(r.httpStatus()))
                .body(Map.of("error", "rejected"));
    }
}

package com.salesbot.bot.channel.dingtalk;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.core.messaging.CallbackVerification;
import com.salesbot.adapters.dingtalk.callback.DingtalkCallbackVerifier;
import com.salesbot.adapters.dingtalk.callback.SignatureReplayGuard;
import com.salesbot.bot.channel.CallbackInbox;
import com.salesbot.core.port.KeyValueStore;
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

/**
 * DingTalk robot callbacks in http mode (served only with {@code dingtalk.mode=http}): verify timestamp/sign, refuse
 * a timestamp/sign pair replayed with another message ({@link SignatureReplayGuard}), refuse card-callback bodies
 * unless HTTP card mode is configured ({@code dingtalk.card-route-key}), record, answer at once. When the inbox or the
 * replay store is unavailable the answer is 503, so DingTalk redelivers and nothing acknowledged is lost.
 */
@Controller("/callbacks/dingtalk")
@Requires(property = "dingtalk.app-key")
@Requires(property = "dingtalk.mode", value = "http", defaultValue = "http")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DingtalkCallbackController {
    private static final String CHANNEL = "dingtalk";
    private final DingtalkCallbackVerifier verifier;
    private final CallbackInbox inbox;
    private final SignatureReplayGuard replays;
    private final boolean httpCardMode;

    public DingtalkCallbackController(DingtalkCallbackVerifier verifier, CallbackInbox inbox, KeyValueStore kv,
                                      DingtalkSettings settings) {
        this.verifier = verifier;
        this.inbox = inbox;
        this.replays = new SignatureReplayGuard(kv);
        this.httpCardMode = settings.cardCallbackRouteKey() != null;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, String>> receive(@Nullable @Header("timestamp") String timestamp,
                                                     @Nullable @Header("sign") String sign,
                                                     @Nullable @Body byte[] body) {
        CallbackVerification verdict = verifier.verify(timestamp, sign, body == null ? new byte[0] : body);
        if (verdict instanceof CallbackVerification.Rejected r) {
            return refuse(r.httpStatus(), r.reason());
        }
        CallbackVerification.Accepted a = (CallbackVerification.Accepted) verdict;
        if (a.eventId().startsWith("card:") && !httpCardMode) {
            return refuse(403, "card callback on the robot endpoint without HTTP card mode");
        }
        try {
            if (!replays.admit(timestamp, sign, a.eventId())) {
                return refuse(403, "timestamp/sign pair already used by another message");
            }
            inbox.record(CHANNEL, a.eventId(), a.payload());
        } catch (RuntimeException unavailable) {
            inbox.rejected(CHANNEL, 503, "cannot record now: " + unavailable.getClass().getSimpleName());
            return HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "unavailable"));
        }
        return HttpResponse.ok(Map.of("status", "ok"));
    }

    private HttpResponse<Map<String, String>> refuse(int status, String reason) {
        inbox.rejected(CHANNEL, status, reason);
        return HttpResponse.<Map<String, String>>status(HttpStatus.valueOf(status)).body(Map.of("error", "rejected"));
    }
}

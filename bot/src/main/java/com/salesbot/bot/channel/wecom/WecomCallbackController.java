package com.salesbot.bot.channel.wecom;

import com.salesbot.core.messaging.CallbackVerification;
import com.salesbot.adapters.wecom.callback.WecomCallbackVerifier;
import com.salesbot.bot.channel.CallbackInbox;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** WeCom callback URL: verification (GET) and encrypted messages and events (POST). Only parses and verifies. */
@Controller("/callbacks/wecom")
@Requires(property = "wecom.corp-id")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WecomCallbackController {
    private static final String CHANNEL = "wecom";
    private final WecomCallbackVerifier verifier;
    private final CallbackInbox inbox;

    public WecomCallbackController(WecomCallbackVerifier verifier, CallbackInbox inbox) {
        this.verifier = verifier;
        this.inbox = inbox;
    }

    @Get(produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> verifyUrl(@Nullable @QueryValue("msg_signature") String signature,
                                          @Nullable @QueryValue String timestamp, @Nullable @QueryValue String nonce,
                                          @Nullable @QueryValue String echostr) {
        CallbackVerification result = verifier.verifyUrl(signature, timestamp, nonce, echostr);
        if (result instanceof CallbackVerification.Accepted ok) {
            return HttpResponse.ok(ok.payload());
        }
        CallbackVerification.Rejected r = (CallbackVerification.Rejected) result;
        inbox.rejected(CHANNEL, r.httpStatus(), r.reason());
        return HttpResponse.<String>status(HttpStatus.valueOf(r.httpStatus())).body("rejected");
    }

    @Post(consumes = {MediaType.TEXT_XML, MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN},
            produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(@Nullable @QueryValue("msg_signature") String signature,
                                        @Nullable @QueryValue String timestamp, @Nullable @QueryValue String nonce,
                                        @Nullable @Body String body) {
        CallbackVerification result = verifier.verifyMessage(signature, timestamp, nonce, body == null ? "" : body);
        if (result instanceof CallbackVerification.Accepted ok) {
            inbox.record(CHANNEL, ok.eventId(), ok.payload());
            return HttpResponse.ok("");
        }
        CallbackVerification.Rejected r = (CallbackVerification.Rejected) result;
        inbox.rejected(CHANNEL, r.httpStatus(), r.reason());
        return HttpResponse.<String>status(HttpStatus.valueOf(r.httpStatus())).body("rejected");
    }
}

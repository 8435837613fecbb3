package com.salesbot.bench.load.bare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

/**
 * The cheapest endpoints Micronaut can serve: GET /ping, and POST /callback, which reads a body as the bot's
 * callback controllers do and answers an empty 200, without verifying, decrypting or storing anything.
 */
@Controller
public class BareController {
    @Get(uri = "/ping", produces = MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }

    @Post(uri = "/callback", consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    public String callback(@Nullable @Body String body) {
        return "";
    }
}

package com.salesbot.bot.sandbox;

import com.salesbot.bot.api.ApiError;
import com.salesbot.bot.api.ApiToken;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The sandbox shows the whole organisation and can send the digest to every manager. On the embedded default nobody
 * real can reach the bot, so it is open; whenever a real channel (WeCom or DingTalk) is configured and the sandbox is
 * switched on anyway, every /sandbox path needs the API token or a request from this machine (loopback peer).
 */
@ServerFilter("/sandbox/**")
@Requires(condition = SandboxEnabled.class)
public class SandboxAccessFilter implements Ordered {
    private final ApiToken token;

    public SandboxAccessFilter(ApiToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (allowed(token, request)) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiError.of("unauthorized", "沙盒需要 API 令牌或本机访问"));
    }

    static boolean allowed(ApiToken token, HttpRequest<?> request) {
        return token.embeddedDefault() || ApiToken.fromLoopback(request) || token.presentedBy(request);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}

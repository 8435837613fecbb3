package com.salesbot.bot.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every /api path needs {@code Authorization: Bearer <salesbot.api-token>}, compared in constant time. Without a
 * configured token the API is closed, except for calls the embedded sandbox marks with {@value #SANDBOX_HEADER}
 * from this machine on the embedded default (no WeCom, no DingTalk configured).
 */
@ServerFilter("/api/**")
public class ApiTokenFilter implements Ordered {
    public static final String SANDBOX_HEADER = "X-Salesbot-Sandbox";

    private final ApiToken token;
    private final boolean sandboxAllowed;

    public ApiTokenFilter(ApiToken token,
                          @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                          @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey,
                          @Nullable @Value("${salesbot.sandbox.enabled:}") String sandboxEnabled) {
        this.token = token;
        this.sandboxAllowed = EmbeddedDefault.decide(sandboxEnabled, wecomCorpId, dingtalkAppKey);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (!token.configured()) {
            return sandboxCall(request) ? null
                    : refuse("API 未开放：未配置 salesbot.api-token");
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse("缺少 Bearer 令牌");
        }
        if (!token.matches(header)) {
            return refuse("令牌无效");
        }
        return null;
    }

    private boolean sandboxCall(HttpRequest<?> request) {
        return sandboxAllowed && "true".equalsIgnoreCase(request.getHeaders().get(SANDBOX_HEADER))
                && ApiToken.fromLoopback(request);
    }

    private static MutableHttpResponse<ApiError> refuse(String message) {
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiError.of("unauthorized", message));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}

package com.salesbot.bot.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The API token ({@code salesbot.api-token}) and the one way a request proves it: {@code Authorization: Bearer ...},
 * compared in constant time. Also says whether this deployment is the embedded default (no real channel).
 */
@Singleton
public class ApiToken {
    private final byte[] digest;
    private final boolean embeddedDefault;

    public ApiToken(@Nullable @Value("${salesbot.api-token:}") String token,
                    @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                    @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey) {
        this.digest = token == null || token.isBlank() ? null : sha256(token.strip());
        this.embeddedDefault = EmbeddedDefault.is(wecomCorpId, dingtalkAppKey);
    }

    public boolean configured() {
        return digest != null;
    }

    /** True when the request carries the configured token. */
    public boolean presentedBy(HttpRequest<?> request) {
        return matches(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    }

    /** True when the Authorization header value is "Bearer " + the configured token. */
    public boolean matches(@Nullable String authorization) {
        return digest != null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(digest, sha256(authorization.substring(7).strip()));
    }

    /** No WeCom and no DingTalk configured: nobody real can talk to this instance. */
    public boolean embeddedDefault() {
        return embeddedDefault;
    }

    /** The TCP peer is this machine. */
    public static boolean fromLoopback(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        return peer != null && peer.getAddress() != null && peer.getAddress().isLoopbackAddress();
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

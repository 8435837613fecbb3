package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salesbot.bot.api.ApiToken;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.simple.SimpleHttpHeaders;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Who may use the sandbox: anyone on the embedded default; with a real channel, the token or this machine. */
class SandboxAccessFilterTest {
    private static final ApiToken EMBEDDED = new ApiToken("tok-1", null, null);
    private static final ApiToken WITH_WECOM = new ApiToken("tok-1", "ww_corp", null);
    private static final ApiToken WITH_DINGTALK_NO_TOKEN = new ApiToken(null, null, "dingKey");

    private static HttpRequest<?> from(String ip, String authorization) {
        HttpRequest<?> request = mock(HttpRequest.class);
        when(request.getRemoteAddress()).thenReturn(new InetSocketAddress(ip, 40_000));
        MutableHttpHeaders headers = new SimpleHttpHeaders();
        if (authorization != null) {
            headers.add(HttpHeaders.AUTHORIZATION, authorization);
        }
        when(request.getHeaders()).thenReturn(headers);
        return request;
    }

    @Test
    void embeddedDefaultIsOpen() {
        assertThat(SandboxAccessFilter.allowed(EMBEDDED, from("203.0.113.7", null))).isTrue();
    }

    @Test
    void withARealChannelARemotePeerNeedsTheToken() {
        assertThat(SandboxAccessFilter.allowed(WITH_WECOM, from("203.0.113.7", null))).isFalse();
        assertThat(SandboxAccessFilter.allowed(WITH_WECOM, from("203.0.113.7", "Bearer wrong"))).isFalse();
        assertThat(SandboxAccessFilter.allowed(WITH_WECOM, from("203.0.113.7", "Bearer tok-1"))).isTrue();
        assertThat(SandboxAccessFilter.allowed(WITH_DINGTALK_NO_TOKEN, from("203.0.113.7", "Bearer "))).isFalse();
    }

    @Test
    void withARealChannelThisMachineNeedsNoToken() {
        assertThat(SandboxAccessFilter.allowed(WITH_WECOM, from("127.0.0.1", null))).isTrue();
        assertThat(SandboxAccessFilter.allowed(WITH_DINGTALK_NO_TOKEN, from("::1", null))).isTrue();
    }
}

package com.salesbot.bot.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.api.Test;

class OriginsTest {
    private static MutableHttpRequest<String> post() {
        return HttpRequest.POST("/workbench/api/touches/1/result", "{}").header("Host", "bot.example.com:8443");
    }

    @Test
    void sameHostOrThePublicUrlIsAllowed() {
        assertThat(Origins.sameOrigin(post().header("Origin", "https://bot.example.com:8443"), null)).isTrue();
        assertThat(Origins.sameOrigin(post().header("Origin", "https://wb.example.com"), "https://wb.example.com"))
                .isTrue();
        assertThat(Origins.sameOrigin(post(), null)).as("no Origin: only the CSRF token decides").isTrue();
    }

    @Test
    void anotherOriginOrACrossSiteFetchIsRefused() {
        assertThat(Origins.sameOrigin(post().header("Origin", "https://evil.example"), null)).isFalse();
        assertThat(Origins.sameOrigin(post().header("Origin", "https://bot.example.com:9999"), null)).isFalse();
        assertThat(Origins.sameOrigin(post().header("Origin", "http://wb.example.com"), "https://wb.example.com"))
                .as("scheme differs").isFalse();
        assertThat(Origins.sameOrigin(post().header("Sec-Fetch-Site", "cross-site"), null)).isFalse();
        assertThat(Origins.sameOrigin(post().header("Origin", "null"), null)).isFalse();
    }
}

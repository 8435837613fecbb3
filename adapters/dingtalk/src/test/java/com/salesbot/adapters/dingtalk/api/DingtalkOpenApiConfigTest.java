package com.salesbot.adapters.dingtalk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import org.junit.jupiter.api.Test;

class DingtalkOpenApiConfigTest {
    private DingtalkSettings settings() {
        return DingtalkSettings.of("appKey1", "appSecret1", null, null, null);
    }

    @Test
    void plainHttpIsOnlyAllowedToLoopback() {
        var remote = settings().withBaseUrls("http://api.dingtalk.com", null);
        var local = settings().withBaseUrls("http://127.0.0.1:1234", null);

        assertThatThrownBy(() -> DingtalkOpenApi.sdkConfig(remote)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DingtalkOpenApi.sdkConfig(local).protocol).isEqualTo("http");
        assertThat(DingtalkOpenApi.sdkConfig(local).endpoint).isEqualTo("127.0.0.1:1234");
        assertThat(DingtalkOpenApi.sdkConfig(settings().withBaseUrls(null, null)).protocol).isEqualTo("https");
        assertThat(DingtalkOpenApi.sdkConfig(settings().withBaseUrls(null, null)).endpoint).isEqualTo("api.dingtalk.com");
    }

    @Test
    void settingsNeverPrintTheSecret() {
        assertThat(settings().toString()).contains("appKey1").doesNotContain("appSecret1");
        assertThat(settings().robotCode()).isEqualTo("appKey1");
    }
}

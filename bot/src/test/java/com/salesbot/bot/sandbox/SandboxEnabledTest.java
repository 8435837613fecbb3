package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxEnabledTest {
    @Test
    void onByDefaultOnlyWhenNoPlatformIsConfigured() {
        assertThat(SandboxEnabled.decide(null, null, null)).isTrue();
        assertThat(SandboxEnabled.decide(null, "", "  ")).isTrue();
        assertThat(SandboxEnabled.decide(null, "ww123", null)).isFalse();
        assertThat(SandboxEnabled.decide(null, null, "ding123")).isFalse();
        assertThat(SandboxEnabled.decide(null, "ww123", "ding123")).isFalse();
    }

    @Test
    void explicitSettingWinsBothWays() {
        assertThat(SandboxEnabled.decide(true, "ww123", "ding123")).isTrue();
        assertThat(SandboxEnabled.decide(false, null, null)).isFalse();
    }
}

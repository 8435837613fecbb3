package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedDefaultTest {
    @Test
    void onByDefaultOnlyWhenNoPlatformIsConfigured() {
        assertThat(EmbeddedDefault.decide(null, null, null)).isTrue();
        assertThat(EmbeddedDefault.decide(null, null, "")).isTrue();
        assertThat(EmbeddedDefault.decide(" ", "", "  ")).isTrue();
        assertThat(EmbeddedDefault.decide(null, "ww123", null)).isFalse();
        assertThat(EmbeddedDefault.decide(null, null, "dingkey")).isFalse();
        assertThat(EmbeddedDefault.decide(null, "ww123", "dingkey")).isFalse();
    }

    @Test
    void anExplicitSettingWinsBothWays() {
        assertThat(EmbeddedDefault.decide("true", "ww123", "dingkey")).isTrue();
        assertThat(EmbeddedDefault.decide(" TRUE ", "ww123", null)).isTrue();
        assertThat(EmbeddedDefault.decide("false", null, null)).isFalse();
    }
}

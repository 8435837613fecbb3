package com.salesbot.adapters.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MsgAuditSettingsTest {
    private static final String LIB = "/opt/wework/libWeWorkFinanceSdk_Java.so";

    private static MsgAuditSettings with(String secret, String pem, String lib, int timeout) {
        return new MsgAuditSettings("ww1234567890abcdef", secret, pem, lib, "socks5://10.0.0.1:8081",
                "proxyuser:proxy-pass-9", timeout);
    }

    @Test
    void toStringHidesSecretKeyAndProxyPassword() {
        String pem = TestKeys.pkcs8();
        String shown = with("archive-secret-value", pem, LIB, 10).toString();
        assertThat(shown).contains("ww1234567890abcdef", LIB)
                .doesNotContain("archive-secret-value", "proxy-pass-9", "socks5://", "BEGIN")
                .doesNotContain(pem.substring(40, 80));
    }

    @Test
    void missingValuesNameTheProperty() {
        assertThatThrownBy(() -> with(" ", TestKeys.pkcs8(), LIB, 10)).hasMessageContaining("wecom.msgaudit.secret");
        assertThatThrownBy(() -> with("s", null, LIB, 10)).hasMessageContaining("wecom.msgaudit.private-key");
        assertThatThrownBy(() -> with("s", TestKeys.pkcs8(), "", 10)).hasMessageContaining("wecom.msgaudit.lib-path");
    }

    @Test
    void theLibraryPathMustBeAbsolute() {
        assertThatThrownBy(() -> with("s", TestKeys.pkcs8(), "libWeWorkFinanceSdk_Java.so", 10))
                .hasMessageContaining("absolute");
        assertThat(with("s", TestKeys.pkcs8(), " " + LIB + " ", 10).libPath()).isEqualTo(LIB);
    }

    @Test
    void timeoutIsOneToThreeHundredSeconds() {
        assertThat(with("s", TestKeys.pkcs8(), LIB, 1).timeoutSeconds()).isEqualTo(1);
        assertThat(with("s", TestKeys.pkcs8(), LIB, 300).timeoutSeconds()).isEqualTo(300);
        assertThatThrownBy(() -> with("s", TestKeys.pkcs8(), LIB, 0)).hasMessageContaining("timeout");
        assertThatThrownBy(() -> with("s", TestKeys.pkcs8(), LIB, 301)).hasMessageContaining("timeout");
    }

    @Test
    void theKeyKindIsDetectedAndABadKeyFailsEarly() {
        assertThat(with("s", TestKeys.pkcs1(), LIB, 10).keyKind()).isEqualTo(PemKind.PKCS1);
        assertThat(with("s", TestKeys.pkcs8(), LIB, 10).keyKind()).isEqualTo(PemKind.PKCS8);
        assertThatThrownBy(() -> with("s", TestKeys.publicKey(), LIB, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankProxyMeansNone() {
        MsgAuditSettings s = new MsgAuditSettings("ww1", "s", TestKeys.pkcs8(), LIB, " ", "", 10);
        assertThat(s.proxy()).isNull();
        assertThat(s.proxyPassword()).isNull();
    }
}

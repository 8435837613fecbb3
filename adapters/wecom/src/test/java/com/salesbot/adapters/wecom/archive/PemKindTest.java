package com.salesbot.adapters.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemKindTest {
    @Test
    void rsaPrivateKeyHeaderIsPkcs1WithWxJavaFlagOne() {
        assertThat(PemKind.of(TestKeys.pkcs1())).isEqualTo(PemKind.PKCS1);
        assertThat(PemKind.PKCS1.wxJavaFlag()).isEqualTo(1);
    }

    @Test
    void privateKeyHeaderIsPkcs8WithAnotherFlag() {
        assertThat(PemKind.of(TestKeys.pkcs8())).isEqualTo(PemKind.PKCS8);
        assertThat(PemKind.PKCS8.wxJavaFlag()).isNotEqualTo(1);
    }

    @Test
    void windowsLineEndsAndSurroundingTextAreAccepted() {
        String crlf = "key from the console:\r\n" + TestKeys.pkcs8().replace("\n", "\r\n");
        assertThat(PemKind.of(crlf)).isEqualTo(PemKind.PKCS8);
    }

    @Test
    void publicKeysEncryptedKeysAndEmptyTextAreRejected() {
        assertThatThrownBy(() -> PemKind.of(TestKeys.publicKey())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN RSA PRIVATE KEY");
        assertThatThrownBy(() -> PemKind.of(TestKeys.pem("ENCRYPTED PRIVATE KEY", new byte[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PemKind.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPkcs8BodyUnderAPkcs1HeaderIsRejectedWithoutEchoingTheKey() {
        String body = Base64.getEncoder().encodeToString(TestKeys.PAIR.getPrivate().getEncoded());
        String swapped = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----";
        assertThatThrownBy(() -> PemKind.of(swapped)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PKCS1").hasMessageNotContaining(body.substring(0, 40));
    }

    @Test
    void aTruncatedKeyIsRejected() {
        String pem = TestKeys.pkcs8();
        String truncated = pem.substring(0, pem.length() / 2) + "\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> PemKind.of(truncated)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PemKind.of(pem.substring(0, pem.indexOf("-----END"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("END PRIVATE KEY");
    }
}

package com.salesbot.adapters.wecom.archive;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/** A freshly generated RSA key in the PEM forms WeCom admins paste. */
final class TestKeys {
    static final KeyPair PAIR = generate();

    private TestKeys() {
    }

    static String pkcs8() {
        return pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());
    }

    static String pkcs1() {
        try {
            byte[] der = PrivateKeyInfo.getInstance(PAIR.getPrivate().getEncoded()).parsePrivateKey()
                    .toASN1Primitive().getEncoded();
            return pem("RSA PRIVATE KEY", der);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicKey() {
        return pem("PUBLIC KEY", PAIR.getPublic().getEncoded());
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static MsgAuditSettings settings(String pem) {
        return new MsgAuditSettings("ww1234567890abcdef", "archive-secret-value", pem,
                "/opt/wework/libWeWorkFinanceSdk_Java.so", null, null, 10);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

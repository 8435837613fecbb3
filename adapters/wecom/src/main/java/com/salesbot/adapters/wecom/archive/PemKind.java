package com.salesbot.adapters.wecom.archive;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The two private-key encodings WxJava accepts for the archive, and the {@code pkcs1} argument it wants for each:
 * 1 for PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}, parsed with BouncyCastle), 2 for PKCS#8
 * ({@code -----BEGIN PRIVATE KEY-----}). Detection also parses the key, so a damaged key fails at start-up rather
 * than on the first message. Error messages never contain key material.
 */
public enum PemKind {
    PKCS1(1, "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"),
    PKCS8(2, "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----");

    private final int wxJavaFlag;
    private final String begin;
    private final String end;

    PemKind(int wxJavaFlag, String begin, String end) {
        this.wxJavaFlag = wxJavaFlag;
        this.begin = begin;
        this.end = end;
    }

    /** The value for WxJava's {@code pkcs1} parameter. */
    public int wxJavaFlag() {
        return wxJavaFlag;
    }

    public static PemKind of(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("wecom.msgaudit.private-key is empty");
        }
        for (PemKind kind : values()) {
            if (pem.contains(kind.begin)) {
                kind.check(pem);
                return kind;
            }
        }
        throw new IllegalArgumentException("wecom.msgaudit.private-key must be an unencrypted RSA key in PEM form, "
                + "'BEGIN RSA PRIVATE KEY' (PKCS#1) or 'BEGIN PRIVATE KEY' (PKCS#8)");
    }

    private void check(String pem) {
        int from = pem.indexOf(begin) + begin.length();
        int to = pem.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException("wecom.msgaudit.private-key has no '" + end + "' line");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(from, to).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wecom.msgaudit.private-key is not valid Base64");
        }
        try {
            if (this == PKCS1) {
                org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der);
            } else {
                KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("wecom.msgaudit.private-key is not a readable " + name()
                    + " RSA private key");
        }
    }
}

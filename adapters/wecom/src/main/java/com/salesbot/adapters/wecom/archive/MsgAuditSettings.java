package com.salesbot.adapters.wecom.archive;

import java.nio.file.Path;

/**
 * Settings of the WeCom conversation archive (wecom.msgaudit.* plus wecom.corp-id).
 *
 * @param corpId         the corp id
 * @param secret         the 会话内容存档 secret (not the app secret)
 * @param privateKeyPem  the RSA private key matching the public key set in the admin console, PKCS#1
 *                       ({@code BEGIN RSA PRIVATE KEY}) or PKCS#8 ({@code BEGIN PRIVATE KEY})
 * @param libPath        absolute path of libWeWorkFinanceSdk_Java.so
 * @param proxy          optional proxy for the SDK, e.g. socks5://10.0.0.1:8081; null or blank for none
 * @param proxyPassword  optional proxy credentials as user:password
 * @param timeoutSeconds per-pull timeout of the SDK
 */
public record MsgAuditSettings(String corpId, String secret, String privateKeyPem, String libPath, String proxy,
                               String proxyPassword, int timeoutSeconds) {
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public MsgAuditSettings {
        required(corpId, "wecom.corp-id");
        required(secret, "wecom.msgaudit.secret");
        required(privateKeyPem, "wecom.msgaudit.private-key");
        required(libPath, "wecom.msgaudit.lib-path");
        if (!Path.of(libPath.strip()).isAbsolute() || !libPath.contains("/")) {
            throw new IllegalArgumentException("wecom.msgaudit.lib-path must be an absolute path: " + libPath);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 300) {
            throw new IllegalArgumentException("wecom.msgaudit.timeout must be 1..300 seconds: " + timeoutSeconds);
        }
        PemKind.of(privateKeyPem);
        libPath = libPath.strip();
        proxy = proxy == null || proxy.isBlank() ? null : proxy.strip();
        proxyPassword = proxyPassword == null || proxyPassword.isBlank() ? null : proxyPassword;
    }

    public PemKind keyKind() {
        return PemKind.of(privateKeyPem);
    }

    private static void required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " is required for the conversation archive");
        }
    }

    /** Never prints the secret, the private key or the proxy password. */
    @Override
    public String toString() {
        return "MsgAuditSettings[corpId=" + corpId + ", libPath=" + libPath + ", proxy=" + (proxy == null ? "none"
                : "set") + ", timeoutSeconds=" + timeoutSeconds + ", secret=***, privateKey=***, proxyPassword="
                + (proxyPassword == null ? "none" : "***") + "]";
    }
}

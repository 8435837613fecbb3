package com.salesbot.adapters.wecom;

import com.salesbot.core.model.Require;

/**
 * Credentials of one WeCom self-built app (wecom.* properties).
 *
 * @param corpId     the corp id (also the receiveid inside encrypted callbacks)
 * @param agentId    the app's AgentId
 * @param secret     the app secret used for gettoken
 * @param token      the callback Token
 * @param aesKey     the callback EncodingAESKey, 43 characters
 * @param apiBaseUrl WeCom's API host, null for the default https://qyapi.weixin.qq.com; tests use a local fake
 */
public record WecomSettings(String corpId, int agentId, String secret, String token, String aesKey,
                            String apiBaseUrl) {
    public static final String DEFAULT_API_BASE_URL = "https://qyapi.weixin.qq.com";

    public WecomSettings {
        Require.text(corpId, "wecom.corp-id");
        Require.text(token, "wecom.token");
        Require.text(aesKey, "wecom.aes-key");
        if (aesKey.length() != 43) {
            throw new IllegalArgumentException("wecom.aes-key must have 43 characters, has " + aesKey.length());
        }
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? DEFAULT_API_BASE_URL : stripSlash(apiBaseUrl);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Never prints the secret, token or key. */
    @Override
    public String toString() {
        return "WecomSettings[corpId=" + corpId + ", agentId=" + agentId + ", apiBaseUrl=" + apiBaseUrl
                + ", secret=***, token=***, aesKey=***]";
    }
}

package com.salesbot.adapters.dingtalk;

import java.time.Duration;

/**
 * What the adapter needs from configuration ({@code dingtalk.*} properties, bound by the bot module).
 *
 * @param appKey               internal app Client ID ({@code dingtalk.app-key})
 * @param appSecret            internal app Client Secret; never logged
 * @param robotCode            robot code, for internal apps the app key ({@code dingtalk.robot-code})
 * @param agentId              work-notification agent id, null when work notifications are not used
 * @param apiBaseUrl           new OpenAPI host, default {@value #DEFAULT_API_BASE_URL}
 * @param oapiBaseUrl          old API host, default {@value #DEFAULT_OAPI_BASE_URL}
 * @param cardTemplateId       interactive card template for prompts with buttons; null → ActionCard fallback
 * @param cardCallbackRouteKey null in stream mode (card clicks arrive over Stream); the registered route key in http mode
 * @param connectTimeout       connect timeout of every SDK call
 * @param readTimeout          read timeout of every SDK call
 */
public record DingtalkSettings(String appKey, String appSecret, String robotCode, Long agentId, String apiBaseUrl,
                               String oapiBaseUrl, String cardTemplateId, String cardCallbackRouteKey,
                               Duration connectTimeout, Duration readTimeout) {
    public static final String DEFAULT_API_BASE_URL = "https://api.dingtalk.com";
    public static final String DEFAULT_OAPI_BASE_URL = "https://oapi.dingtalk.com";

    public DingtalkSettings {
        if (appKey == null || appKey.isBlank()) {
            throw new IllegalArgumentException("dingtalk.app-key is required");
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("dingtalk.app-secret is required");
        }
        robotCode = blankToNull(robotCode) == null ? appKey : robotCode;
        apiBaseUrl = trimSlash(blankToNull(apiBaseUrl) == null ? DEFAULT_API_BASE_URL : apiBaseUrl);
        oapiBaseUrl = trimSlash(blankToNull(oapiBaseUrl) == null ? DEFAULT_OAPI_BASE_URL : oapiBaseUrl);
        cardTemplateId = blankToNull(cardTemplateId);
        cardCallbackRouteKey = blankToNull(cardCallbackRouteKey);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }

    /** Production hosts, stream-mode card callbacks, default timeouts. */
    public static DingtalkSettings of(String appKey, String appSecret, String robotCode, Long agentId,
                                      String cardTemplateId) {
        return new DingtalkSettings(appKey, appSecret, robotCode, agentId, null, null, cardTemplateId, null, null, null);
    }

    public DingtalkSettings withBaseUrls(String api, String oapi) {
        return new DingtalkSettings(appKey, appSecret, robotCode, agentId, api, oapi, cardTemplateId,
                cardCallbackRouteKey, connectTimeout, readTimeout);
    }

    /** Secrets stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "DingtalkSettings[appKey=" + appKey + ", robotCode=" + robotCode + ", agentId=" + agentId
                + ", apiBaseUrl=" + apiBaseUrl + ", oapiBaseUrl=" + oapiBaseUrl + ", cardTemplateId=" + cardTemplateId
                + ", cardCallbackRouteKey=" + (cardCallbackRouteKey == null ? "<stream>" : "***") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package com.salesbot.bot.api;

/**
 * The one decision "is this the embedded default?": a start with neither {@code wecom.corp-id} nor
 * {@code dingtalk.app-key}, where nobody real can talk to the bot, so the sandbox, its unauthenticated API calls and
 * the demo company are on there. An explicit setting ({@code salesbot.sandbox.enabled}, {@code salesbot.demo.enabled})
 * wins both ways. Used by the sandbox's bean condition, the API token filter and the demo-company start-up.
 */
public final class EmbeddedDefault {
    private EmbeddedDefault() {
    }

    /** True when neither platform is configured. */
    public static boolean is(String wecomCorpId, String dingtalkAppKey) {
        return blank(wecomCorpId) && blank(dingtalkAppKey);
    }

    /**
     * @param explicit the explicit setting as written ("true"/"false"), null or blank when not set
     */
    public static boolean decide(String explicit, String wecomCorpId, String dingtalkAppKey) {
        if (!blank(explicit)) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return is(wecomCorpId, dingtalkAppKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

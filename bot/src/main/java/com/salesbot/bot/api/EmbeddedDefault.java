package com.salesbot.bot.api;

/**
 * The embedded default is a start with neither {@code wecom.corp-id} nor {@code dingtalk.app-key}: nobody real
 * can talk to it, so the demo company and the sandbox's unauthenticated API calls are allowed there.
 */
final class EmbeddedDefault {
    private EmbeddedDefault() {
    }

    static boolean is(String wecomCorpId, String dingtalkAppKey) {
        return blank(wecomCorpId) && blank(dingtalkAppKey);
    }

    static boolean decide(String explicit, String wecomCorpId, String dingtalkAppKey) {
        if (!blank(explicit)) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return is(wecomCorpId, dingtalkAppKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

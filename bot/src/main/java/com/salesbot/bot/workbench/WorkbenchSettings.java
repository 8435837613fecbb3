package com.salesbot.bot.workbench;

/**
 * @param publicUrl      salesbot.public-url: the WeCom redirect_uri is built from it (else from the request's host)
 * @param demo           the embedded default (or the sandbox switched on): the person picker signs in, marked 演示
 * @param dingtalkCorpId dingtalk.corp-id, which the DingTalk JS API needs for requestAuthCode
 * @param dingtalkJsapi  where the DingTalk sign-in page loads the JS API from (the platform's own script)
 */
public record WorkbenchSettings(String publicUrl, boolean demo, String dingtalkCorpId, String dingtalkJsapi) {
    public static final String DINGTALK_JSAPI = "https://g.alicdn.com/dingding/dingtalk-jsapi/3.0.25/dingtalk.open.js";

    public WorkbenchSettings {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null
                : publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

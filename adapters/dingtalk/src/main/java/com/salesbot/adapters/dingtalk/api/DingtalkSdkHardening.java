package com.salesbot.adapters.dingtalk.api;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the old TOP-style SDK safe: it trusts every certificate and skips host checks by default, and on any
 * error it logs the full URL with {@code access_token} (and {@code appsecret}) through the commons-logging
 * logger {@value #TOP_SDK_LOGGER}. Idempotent; called by every {@link DingtalkOapi}.
 * <p>
 * When commons-logging is bridged to SLF4J (jcl-over-slf4j) the bot must also set logger
 * {@value #TOP_SDK_LOGGER} to OFF in logback; this class can only mute the java.util.logging route.
 */
public final class DingtalkSdkHardening {
    public static final String TOP_SDK_LOGGER = "topsdk";

    /** Strong reference: java.util.logging forgets the level of a logger nobody holds. */
    private static final Logger TOP_SDK_JUL = Logger.getLogger(TOP_SDK_LOGGER);

    private DingtalkSdkHardening() {
    }

    public static synchronized void apply() {
        com.taobao.api.internal.util.WebV2Utils.setIgnoreSSLCheck(false);
        com.taobao.api.internal.util.WebV2Utils.setIgnoreHostCheck(false);
        com.taobao.api.internal.util.WebUtils.setIgnoreSSLCheck(false);
        com.taobao.api.internal.util.WebUtils.setIgnoreHostCheck(false);
        TOP_SDK_JUL.setLevel(Level.OFF);
        TOP_SDK_JUL.setUseParentHandlers(false);
    }
}

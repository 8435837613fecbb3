package com.salesbot.adapters.dingtalk.api;

/** What kind of failure a DingTalk call had; decides between refresh-and-retry, retry later and give up. */
public enum DingtalkFailure {
    /** The access token was rejected (HTTP 401 InvalidAuthentication, errcode 40014/42001). */
    AUTH,
    /** Flow control or QPS limits (HTTP 429, Throttling/QpsLimit codes, errcode 90018 …). */
    THROTTLED,
    /** Network errors, timeouts, 5xx, "system busy". */
    TRANSIENT,
    /** Parameter errors, unknown users, missing permissions: retrying cannot help. */
    PERMANENT
}

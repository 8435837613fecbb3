package com.salesbot.adapters.dingtalk.token;

import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;

/** Where fresh tokens come from; in production {@link DingtalkOpenApi#fetchAccessToken()}. */
@FunctionalInterface
public interface AccessTokenSource {
    DingtalkOpenApi.AccessToken fetch();
}

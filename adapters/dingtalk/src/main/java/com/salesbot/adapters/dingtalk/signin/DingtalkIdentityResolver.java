package com.salesbot.adapters.dingtalk.signin;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiV2UserGetuserinfoRequest;
import com.dingtalk.api.response.OapiV2UserGetuserinfoResponse;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.api.DingtalkSdkHardening;
import com.salesbot.core.workbench.IdentityResolver;
import com.taobao.api.ApiException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * DingTalk 免登 for the H5 micro-app: the page gets a one-time {@code authCode} from the DingTalk JS API
 * ({@code dd.runtime.permission.requestAuthCode}) and posts it; this resolves it to the staff's userid with the
 * official SDK's {@link OapiV2UserGetuserinfoRequest} ({@code POST /topapi/v2/user/getuserinfo}) on the configured
 * old-API host, with the app's access token.
 */
public final class DingtalkIdentityResolver implements IdentityResolver {
    static final String PATH = "/topapi/v2/user/getuserinfo";
    /** 40078 不存在的临时授权码 (unknown, used or expired code); 40079 授权码已失效. */
    static final Set<Long> BAD_CODE = Set.of(40078L, 40079L);

    private final DingtalkSettings settings;
    private final Supplier<String> accessToken;

    public DingtalkIdentityResolver(DingtalkSettings settings, Supplier<String> accessToken) {
        DingtalkSdkHardening.apply();
        this.settings = settings;
        this.accessToken = accessToken;
    }

    @Override
    public Optional<String> userIdFor(String code) {
        if (code == null || code.isBlank() || code.length() > 512) {
            return Optional.empty();
        }
        DefaultDingTalkClient client = new DefaultDingTalkClient(settings.oapiBaseUrl() + PATH);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.setReadTimeout((int) settings.readTimeout().toMillis());
        OapiV2UserGetuserinfoRequest request = new OapiV2UserGetuserinfoRequest();
        request.setCode(code);
        OapiV2UserGetuserinfoResponse response;
        try {
            response = client.execute(request, accessToken.get());
        } catch (ApiException e) {
            // the message may carry the request URL with the token: keep only the kind of failure
            throw new Unavailable("dingtalk getuserinfo failed: errorCode " + e.getErrCode());
        } catch (RuntimeException e) {
            throw new Unavailable("dingtalk getuserinfo failed: " + e.getClass().getSimpleName());
        }
        if (response == null) {
            throw new Unavailable("dingtalk getuserinfo returned nothing");
        }
        Long errcode = response.getErrcode();
        if (errcode != null && BAD_CODE.contains(errcode)) {
            return Optional.empty();
        }
        if (errcode != null && errcode != 0L) {
            throw new Unavailable("dingtalk getuserinfo errcode=" + errcode);
        }
        return Optional.ofNullable(response.getResult() == null ? null : response.getResult().getUserid())
                .filter(id -> !id.isBlank());
    }
}

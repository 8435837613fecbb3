package com.salesbot.adapters.wecom.oauth;

import com.salesbot.adapters.wecom.send.WecomErrors;
import com.salesbot.core.workbench.IdentityResolver;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpOauth2UserInfo;

/**
 * WeCom web sign-in (网页授权登录) through WxJava's OAuth2 service: the authorize URL the workbench redirects to, and
 * {@code code -> userid} via {@code /cgi-bin/auth/getuserinfo}. WxJava builds the authorize URL on
 * open.weixin.qq.com; {@code authorizeBaseUrl} replaces that host so tests can point it at a local fake.
 */
public final class WecomIdentityResolver implements IdentityResolver {
    public static final String DEFAULT_AUTHORIZE_BASE_URL = "https://open.weixin.qq.com";
    /** 40029 invalid code: unknown, already used or older than five minutes. */
    static final Set<Integer> BAD_CODE = Set.of(40029, 40163, 42003);
    private static final String WXJAVA_HOST = "https://open.weixin.qq.com";

    private final WxCpService cp;
    private final String authorizeBaseUrl;

    public WecomIdentityResolver(WxCpService cp, String authorizeBaseUrl) {
        this.cp = cp;
        String base = authorizeBaseUrl == null || authorizeBaseUrl.isBlank() ? DEFAULT_AUTHORIZE_BASE_URL
                : authorizeBaseUrl;
        this.authorizeBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The page WeCom shows (silently, snsapi_base) before it comes back to {@code redirectUri} with a code. */
    public String authorizeUrl(String redirectUri, String state) {
        String url = cp.getOauth2Service().buildAuthorizationUrl(redirectUri, state, "snsapi_base");
        return url.startsWith(WXJAVA_HOST) ? authorizeBaseUrl + url.substring(WXJAVA_HOST.length()) : url;
    }

    @Override
    public Optional<String> userIdFor(String code) {
        if (code == null || code.isBlank() || code.length() > 512) {
            return Optional.empty();
        }
        WxCpOauth2UserInfo info;
        try {
            info = cp.getOauth2Service().getAuthUserInfo(code);
        } catch (WxErrorException e) {
            int errcode = e.getError() == null ? -1 : e.getError().getErrorCode();
            if (BAD_CODE.contains(errcode)) {
                return Optional.empty();
            }
            throw new Unavailable(WecomErrors.redact("wecom getuserinfo errcode=" + errcode));
        } catch (RuntimeException e) {
            throw new Unavailable("wecom getuserinfo failed: " + e.getClass().getSimpleName());
        }
        // a non-member (external contact, openid only) has no userid: not a person of the org
        return Optional.ofNullable(info == null ? null : info.getUserId()).filter(id -> !id.isBlank());
    }
}

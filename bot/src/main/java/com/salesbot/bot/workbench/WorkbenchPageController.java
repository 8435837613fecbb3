package com.salesbot.bot.workbench;

import com.salesbot.adapters.dingtalk.signin.DingtalkIdentityResolver;
import com.salesbot.adapters.wecom.oauth.WecomIdentityResolver;
import com.salesbot.bot.api.ApiError;
import com.salesbot.bot.api.ApiToken;
import com.salesbot.core.model.Rep;
import com.salesbot.core.workbench.IdentityResolver;
import com.salesbot.core.workbench.WorkbenchPeople;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /workbench}: the address the WeCom app's home page and the DingTalk micro-app open. With a session it is
 * the app; without one it signs in: WeCom through OAuth2 (redirect to the authorize page, back with {@code code}),
 * DingTalk through 免登 ({@code /workbench/dingtalk} gets an authCode from the JS API and posts it), and on the
 * embedded default through the demo person picker. Who the platform user is, is decided in core
 * ({@link WorkbenchPeople}); a person the org does not know sees "尚未开通".
 */
@Controller("/workbench")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class WorkbenchPageController {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchPageController.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final Map<String, String> ASSETS = Map.of(
            "workbench.css", "text/css;charset=utf-8",
            "workbench.js", "text/javascript;charset=utf-8",
            "signin-dingtalk.js", "text/javascript;charset=utf-8",
            "demo.js", "text/javascript;charset=utf-8");

    private final WorkbenchSessions sessions;
    private final WorkbenchPeople people;
    private final WorkbenchSettings settings;
    private final BeanProvider<WecomIdentityResolver> wecom;
    private final BeanProvider<DingtalkIdentityResolver> dingtalk;
    private final ApiToken token;

    public WorkbenchPageController(WorkbenchSessions sessions, WorkbenchPeople people, WorkbenchSettings settings,
                                   BeanProvider<WecomIdentityResolver> wecom,
                                   BeanProvider<DingtalkIdentityResolver> dingtalk, ApiToken token) {
        this.sessions = sessions;
        this.people = people;
        this.settings = settings;
        this.wecom = wecom;
        this.dingtalk = dingtalk;
        this.token = token;
    }

    @Serdeable
    public record AuthCode(@Nullable String authCode) {
    }

    @Serdeable
    public record DemoChoice(@Nullable String repId) {
    }

    @Serdeable
    public record DemoPerson(String id, String name, String teamId) {
    }

    @Serdeable
    public record SignedIn(String name) {
    }

    @Get(produces = HTML)
    public HttpResponse<?> home(HttpRequest<?> request, @Nullable @QueryValue String code,
                                @Nullable @QueryValue String state) {
        Optional<Rep> current = sessions.read(request).flatMap(s -> people.byId(s.repId()));
        if (current.isPresent() && code == null) {
            return page("app.html");
        }
        if (wecom.isPresent()) {
            return wecomSignIn(request, code, state);
        }
        if (current.isPresent()) {
            return HttpResponse.seeOther(URI.create("/workbench"));
        }
        if (dingtalk.isPresent()) {
            return HttpResponse.seeOther(URI.create("/workbench/dingtalk"));
        }
        if (settings.demo()) {
            return page("demo.html");
        }
        return message(HttpStatus.NOT_FOUND, "工作台未配置", "这个实例没有接入企业微信或钉钉，工作台无法登录。");
    }

    private HttpResponse<?> wecomSignIn(HttpRequest<?> request, String code, String state) {
        WecomIdentityResolver resolver = wecom.get();
        if (code == null || code.isBlank()) {
            String newState = sessions.newState();
            return HttpResponse.seeOther(URI.create(resolver.authorizeUrl(selfUrl(request), newState)))
                    .cookie(sessions.stateCookie(newState));
        }
        String expected = request.getCookies().findCookie(WorkbenchSessions.STATE_COOKIE).map(Cookie::getValue)
                .orElse(null);
        if (expected == null || !expected.equals(state)) {
            return message(HttpStatus.BAD_REQUEST, "登录已过期", "登录链接已失效，请从企业微信工作台重新打开。")
                    .cookie(sessions.clearedState());
        }
        Optional<String> userId;
        try {
            userId = resolver.userIdFor(code);
        } catch (IdentityResolver.Unavailable e) {
            LOG.warn("workbench sign-in through wecom failed: {}", e.getMessage());
            return message(HttpStatus.SERVICE_UNAVAILABLE, "暂时无法登录", "企业微信暂时没有响应，请稍后重新打开工作台。");
        }
        if (userId.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "登录已过期", "登录码无效或已用过，请从企业微信工作台重新打开。")
                    .cookie(sessions.clearedState());
        }
        Optional<Rep> rep = people.byWecomUserId(userId.get());
        if (rep.isEmpty()) {
            return notSetUp().cookie(sessions.clearedState());
        }
        return HttpResponse.seeOther(URI.create("/workbench")).cookie(sessions.issue(rep.get().id(), "wecom"))
                .cookie(sessions.clearedState());
    }

    /** The DingTalk micro-app's home page: asks the JS API for an authCode and posts it. */
    @Get(value = "/dingtalk", produces = HTML)
    public HttpResponse<?> dingtalkPage(HttpRequest<?> request) {
        if (!dingtalk.isPresent()) {
            return message(HttpStatus.NOT_FOUND, "未接入钉钉", "这个实例没有接入钉钉。");
        }
        if (sessions.read(request).flatMap(s -> people.byId(s.repId())).isPresent()) {
            return HttpResponse.seeOther(URI.create("/workbench"));
        }
        String html = new String(read("signin-dingtalk.html"), StandardCharsets.UTF_8)
                .replace("{{corpId}}", Html.escape(settings.dingtalkCorpId() == null ? "" : settings.dingtalkCorpId()))
                .replace("{{jsapi}}", Html.escape(settings.dingtalkJsapi()));
        return HttpResponse.ok(html).contentType(HTML).header("Cache-Control", "no-store");
    }

    @Post(value = "/signin/dingtalk", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> dingtalkSignIn(HttpRequest<?> request, @Body AuthCode body) {
        if (!dingtalk.isPresent()) {
            return HttpResponse.notFound(ApiError.of("not_found", "这个实例没有接入钉钉"));
        }
        if (!Origins.sameOrigin(request, settings.publicUrl())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("bad_origin", "请求来源不对"));
        }
        Optional<String> staffId;
        try {
            staffId = dingtalk.get().userIdFor(body.authCode());
        } catch (IdentityResolver.Unavailable e) {
            LOG.warn("workbench sign-in through dingtalk failed: {}", e.getMessage());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(ApiError.of("platform_unavailable", "钉钉暂时没有响应，请稍后重试"));
        }
        if (staffId.isEmpty()) {
            return HttpResponse.badRequest(ApiError.of("bad_auth_code", "免登码无效或已用过，请重新打开工作台"));
        }
        Optional<Rep> rep = people.byDingtalkStaffId(staffId.get());
        if (rep.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(ApiError.of("not_set_up", "你的账号尚未开通销售助手工作台，请联系管理员。"));
        }
        return HttpResponse.ok(new SignedIn(rep.get().name())).cookie(sessions.issue(rep.get().id(), "dingtalk"));
    }

    /** Embedded default only: the people to choose from (the same picker as the sandbox). */
    @Get(value = "/demo/people", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> demoPeople(HttpRequest<?> request) {
        if (!demoAllowed(request)) {
            return HttpResponse.notFound(ApiError.of("not_found", "演示登录只在内置演示环境可用"));
        }
        List<DemoPerson> list = people.demoPeople().stream()
                .map(r -> new DemoPerson(r.id(), r.name(), r.teamId())).toList();
        return HttpResponse.ok(list);
    }

    @Post(value = "/signin/demo", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> demoSignIn(HttpRequest<?> request, @Body DemoChoice body) {
        if (!demoAllowed(request)) {
            return HttpResponse.notFound(ApiError.of("not_found", "演示登录只在内置演示环境可用"));
        }
        if (!Origins.sameOrigin(request, settings.publicUrl())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("bad_origin", "请求来源不对"));
        }
        Optional<Rep> rep = people.byId(body.repId());
        if (rep.isEmpty()) {
            return HttpResponse.badRequest(ApiError.of("unknown_person", "没有这个人"));
        }
        return HttpResponse.ok(new SignedIn(rep.get().name())).cookie(sessions.issue(rep.get().id(), "demo"));
    }

    /** Signs out: the cookie goes and the session is revoked on every instance. Needs the CSRF token. */
    @Post("/signout")
    public HttpResponse<?> signOut(HttpRequest<?> request) {
        Optional<WorkbenchSessions.Session> session = sessions.read(request);
        if (session.isPresent()) {
            if (!sessions.csrfValid(session.get(), request.getHeaders().get(WorkbenchSessions.CSRF_HEADER))
                    || !Origins.sameOrigin(request, settings.publicUrl())) {
                return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("csrf", "页面已过期，请刷新后再试"));
            }
            sessions.revoke(session.get());
        }
        return HttpResponse.noContent().cookie(sessions.cleared());
    }

    @Get("/assets/{name}")
    public HttpResponse<byte[]> asset(@PathVariable String name) {
        String type = ASSETS.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(read(name)).contentType(type).header("Cache-Control", "no-cache");
    }

    private boolean demoAllowed(HttpRequest<?> request) {
        return settings.demo() && (token.embeddedDefault() || ApiToken.fromLoopback(request)
                || token.presentedBy(request));
    }

    private String selfUrl(HttpRequest<?> request) {
        if (settings.publicUrl() != null) {
            return settings.publicUrl() + "/workbench";
        }
        String host = request.getHeaders().get("Host");
        return "http://" + (host == null ? "localhost" : host) + "/workbench";
    }

    private MutableHttpResponse<?> notSetUp() {
        return message(HttpStatus.FORBIDDEN, "尚未开通", "你的账号尚未开通销售助手工作台，请联系管理员把你加入组织名单。");
    }

    static MutableHttpResponse<?> message(HttpStatus status, String title, String text) {
        String html = new String(read("message.html"), StandardCharsets.UTF_8)
                .replace("{{title}}", Html.escape(title)).replace("{{text}}", Html.escape(text));
        return HttpResponse.status(status).body(html).contentType(HTML).header("Cache-Control", "no-store");
    }

    private static HttpResponse<byte[]> page(String name) {
        return HttpResponse.ok(read(name)).contentType(HTML).header("Cache-Control", "no-store");
    }

    static byte[] read(String name) {
        try (InputStream in = WorkbenchPageController.class.getResourceAsStream("/workbench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("workbench resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

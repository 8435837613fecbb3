package com.salesbot.bot.workbench;

import com.salesbot.core.csv.CsvCell;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.feature.targets.port.CapabilityCharts;
import com.salesbot.core.workbench.TagTouchResult;
import com.salesbot.core.workbench.WorkbenchDeals;
import com.salesbot.core.workbench.WorkbenchTargets;
import com.salesbot.core.workbench.WorkbenchDenied;
import com.salesbot.core.workbench.WorkbenchPeople;
import com.salesbot.core.workbench.WorkbenchQueries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The workbench pages' JSON (and chart PNG) calls under {@code /workbench/api}. Every call needs a valid session
 * cookie (401 otherwise); what it returns is decided and scope-checked in core ({@link WorkbenchQueries}), a
 * request outside the person's reach is 403. Every POST also needs the session's CSRF token in
 * {@code X-Workbench-Csrf} and a same-origin browser.
 */
@Controller("/workbench/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public class WorkbenchApiController {
    static final String CHANNEL = "workbench";

    private final WorkbenchSessions sessions;
    private final WorkbenchPeople people;
    private final WorkbenchQueries queries;
    private final TagTouchResult tagging;
    private final WorkbenchSettings settings;
    private final ChartPort charts;
    private final WorkbenchCharts workbenchCharts;
    private final Clock clock;
    private final WorkbenchDeals deals;
    private final WorkbenchTargets targets;
    private final CapabilityCharts capabilityCharts;
    private final WorkbenchAdmin admin;

    public WorkbenchApiController(WorkbenchSessions sessions, WorkbenchPeople people, WorkbenchQueries queries,
                                  TagTouchResult tagging, WorkbenchSettings settings, ChartPort charts,
                                  WorkbenchCharts workbenchCharts, Clock clock, WorkbenchDeals deals,
                                  WorkbenchTargets targets, CapabilityCharts capabilityCharts, WorkbenchAdmin admin) {
        this.admin = admin;
        this.deals = deals;
        this.targets = targets;
        this.capabilityCharts = capabilityCharts;
        this.sessions = sessions;
        this.people = people;
        this.queries = queries;
        this.tagging = tagging;
        this.settings = settings;
        this.charts = charts;
        this.workbenchCharts = workbenchCharts;
        this.clock = clock;
    }

    @Serdeable
    public record MeView(WorkbenchPeople.Me me, String csrf, String channel, boolean demo, long expiresAt) {
    }

    @Serdeable
    public record TagRequest(@Nullable String tag) {
    }

    @Serdeable
    public record TagView(String outcome, @Nullable String label, String message) {
    }

    @Get("/me")
    public MeView me(HttpRequest<?> request) {
        WorkbenchSessions.Session session = session(request);
        Rep me = person(session);
        return new MeView(people.me(me), sessions.csrfToken(session), session.channel(),
                "demo".equals(session.channel()), session.expiresAt());
    }

    @Get("/today")
    public WorkbenchQueries.Today today(HttpRequest<?> request, @Nullable @QueryValue String repId) {
        return queries.today(signedIn(request), repId, clock.millis());
    }

    @Get(value = "/target.png", produces = "image/png")
    public HttpResponse<byte[]> targetChart(HttpRequest<?> request, @Nullable @QueryValue String repId) {
        Rep me = signedIn(request);
        Rep subject = queries.person(me, repId);
        byte[] png = queries.targetHealth(me, subject.id(), clock.millis())
                .map(h -> charts.targetChart(subject, h)).orElse(null);
        if (png == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(png).contentType("image/png").header("Cache-Control", "private, max-age=60");
    }

    @Post(value = "/touches/{touchId}/result", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> tag(HttpRequest<?> request, @PathVariable long touchId, @Body TagRequest body) {
        Rep me = forChange(request);
        TagTouchResult.Result result = tagging.tag(me, touchId, body.tag(), CHANNEL, clock.millis());
        return switch (result.outcome()) {
            case TAGGED -> HttpResponse.ok(new TagView("tagged", result.label(), "已记录：" + result.label()));
            case ALREADY_TAGGED -> HttpResponse.status(HttpStatus.CONFLICT)
                    .body(ApiError.of("already_tagged", "这次触达已经标记过结果了"));
            case UNKNOWN_TAG -> HttpResponse.badRequest(ApiError.of("unknown_tag", "没有这个结果选项，请重新选择"));
            case NOT_FOUND -> HttpResponse.notFound(ApiError.of("not_found", "这次触达找不到了"));
        };
    }

    @Get("/teams")
    public List<WorkbenchQueries.TeamOption> teams(HttpRequest<?> request) {
        return queries.teams(signedIn(request));
    }

    @Get("/team")
    public WorkbenchQueries.TeamPage team(HttpRequest<?> request, @Nullable @QueryValue String teamId,
                                          @Nullable @QueryValue Integer days) {
        return queries.team(signedIn(request), teamId, days == null ? 7 : days, clock.millis());
    }

    @Get(value = "/team/heatmap.png", produces = "image/png")
    public HttpResponse<byte[]> heatmap(HttpRequest<?> request, @Nullable @QueryValue String teamId,
                                        @Nullable @QueryValue Integer days) {
        Rep me = signedIn(request);
        Heatmap map = queries.heatmap(me, teamId, days == null ? 7 : days, clock.millis());
        String id = teamId == null ? me.teamId() : teamId;
        String name = queries.teams(me).stream().filter(t -> t.id().equals(id)).map(WorkbenchQueries.TeamOption::name)
                .findFirst().orElse(id);
        if (map.rows().isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(workbenchCharts.heatmap(name, map)).contentType("image/png")
                .header("Cache-Control", "private, max-age=60");
    }

    @Get(value = "/team/dwell.csv", produces = "text/csv;charset=utf-8")
    public HttpResponse<byte[]> dwellCsv(HttpRequest<?> request, @Nullable @QueryValue String teamId) {
        Rep me = signedIn(request);
        List<WorkbenchQueries.DwellRow> rows = queries.dwellTop(me, teamId, clock.millis());
        StringBuilder out = new StringBuilder("\uFEFF排名,线索编号,客户,负责人,当前阶段,停留天数,核心痛点\r\n");
        int rank = 1;
        for (WorkbenchQueries.DwellRow r : rows) {
            out.append(rank++).append(',').append(r.leadId()).append(',').append(CsvCell.of(r.customerName()))
                    .append(',').append(CsvCell.of(r.ownerName())).append(',').append(CsvCell.of(r.stage()))
                    .append(',').append(r.days()).append(',').append(CsvCell.of(r.painPoint())).append("\r\n");
        }
        return HttpResponse.ok(out.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"lead-dwell-top.csv\"");
    }

    // ---- 成交与奖金

    @Serdeable
    public record ReviewRequest(@Nullable Boolean approve, @Nullable String note) {
    }

    @Serdeable
    public record Done(String message) {
    }

    @Get("/deals")
    public WorkbenchDeals.DealsPage deals(HttpRequest<?> request, @Nullable @QueryValue String repId) {
        return deals.page(signedIn(request), repId, clock.millis());
    }

    @Post(value = "/deals/{dealId}/review", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> review(HttpRequest<?> request, @PathVariable String dealId, @Body ReviewRequest body) {
        Rep me = forChange(request);
        if (body.approve() == null) {
            return HttpResponse.badRequest(ApiError.of("bad_request", "请选择通过或退回"));
        }
        if (body.note() != null && body.note().strip().length() > 100) {
            return HttpResponse.badRequest(ApiError.of("note_too_long", "备注最多 100 字"));
        }
        return switch (deals.decide(me, dealId, body.approve(), body.note(), CHANNEL)) {
            case DONE -> HttpResponse.ok(new Done(body.approve() ? "已通过" : "已退回补充"));
            case NOT_FOUND -> HttpResponse.notFound(ApiError.of("not_found", "这笔成交不在复核队列里"));
            case NOT_ALLOWED -> HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(ApiError.of("forbidden", "只有本团队主管或总监可以复核，且不能复核自己的成交"));
            case ALREADY_DECIDED -> HttpResponse.status(HttpStatus.CONFLICT)
                    .body(ApiError.of("already_decided", "这笔成交已经复核过了"));
        };
    }

    // ---- 目标与能力

    @Serdeable
    public record VoteRequest(@Nullable String kind) {
    }

    @Get("/targets")
    public WorkbenchTargets.TargetsPage targets(HttpRequest<?> request, @Nullable @QueryValue String teamId) {
        return targets.page(signedIn(request), teamId, clock.millis());
    }

    @Post(value = "/plans/{sessionId}/vote", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> vote(HttpRequest<?> request, @PathVariable long sessionId, @Body VoteRequest body) {
        Rep me = forChange(request);
        var outcome = targets.vote(me, sessionId, body.kind(), clock.millis(), CHANNEL);
        if (!outcome.done()) {
            return HttpResponse.status(outcome.session() == null ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT)
                    .body(ApiError.of("vote_refused", outcome.message()));
        }
        return HttpResponse.ok(new Done(outcome.message()));
    }

    @Get(value = "/radar.png", produces = "image/png")
    public HttpResponse<byte[]> radar(HttpRequest<?> request, @Nullable @QueryValue String repId) {
        Rep me = signedIn(request);
        var radar = targets.radar(me, repId, clock.millis());
        byte[] png = radar.map(r -> capabilityCharts.radar("能力雷达 · " + r.rep().name() + " " + r.quarter(),
                r.axes(), r.rep().name(), r.scores(), r.teamMean())).orElse(null);
        return png == null ? HttpResponse.notFound() : HttpResponse.ok(png).contentType("image/png");
    }

    @Get(value = "/matrix.png", produces = "image/png")
    public HttpResponse<byte[]> matrix(HttpRequest<?> request, @Nullable @QueryValue String teamId) {
        Rep me = signedIn(request);
        var team = targets.team(me, teamId);
        var rows = targets.matrix(me, team.id(), clock.millis());
        byte[] png = rows.isEmpty() ? null
                : capabilityCharts.matrix("能力-资源矩阵 · " + team.name(), rows, targets.names(team.id()));
        return png == null ? HttpResponse.notFound() : HttpResponse.ok(png).contentType("image/png");
    }

    // ---- 管理 (directors, or the API token)

    @Get("/admin/audit")
    public HttpResponse<?> audit(HttpRequest<?> request, @Nullable @QueryValue String actor,
                                 @Nullable @QueryValue String action, @Nullable @QueryValue Integer page) {
        requireAdmin(request, false);
        return HttpResponse.ok(admin.audit(actor, action, page == null ? 0 : page));
    }

    @Get("/admin/config")
    public HttpResponse<?> config(HttpRequest<?> request) {
        requireAdmin(request, false);
        return HttpResponse.ok(admin.config());
    }

    @Get("/admin/import-kinds")
    public HttpResponse<?> importKinds(HttpRequest<?> request) {
        requireAdmin(request, false);
        return HttpResponse.ok(admin.kinds());
    }

    /** CSV upload (UTF-8, header row): every row is checked first; 422 with the row-by-row report writes nothing. */
    @Post(value = "/admin/import/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<?> importCsv(HttpRequest<?> request, @PathVariable String kind, @Body String csv) {
        requireAdmin(request, true);
        return admin.importCsv(kind, csv);
    }

    /** A director with a session (POST: with the CSRF token), or a caller holding the API token. */
    private void requireAdmin(HttpRequest<?> request, boolean change) {
        if (admin.tokenPresented(request)) {
            return;
        }
        Rep me = change ? forChange(request) : signedIn(request);
        if (!people.isAdmin(me)) {
            throw new WorkbenchDenied("管理页只对总监或持有 API 令牌的管理员开放");
        }
    }

    // ---- session and scope

    private WorkbenchSessions.Session session(HttpRequest<?> request) {
        return sessions.read(request).orElseThrow(NotSignedIn::new);
    }

    private Rep person(WorkbenchSessions.Session session) {
        return people.byId(session.repId()).orElseThrow(NotSignedIn::new);
    }

    private Rep signedIn(HttpRequest<?> request) {
        return person(session(request));
    }

    private Rep forChange(HttpRequest<?> request) {
        WorkbenchSessions.Session session = session(request);
        if (!sessions.csrfValid(session, request.getHeaders().get(WorkbenchSessions.CSRF_HEADER))
                || !Origins.sameOrigin(request, settings.publicUrl())) {
            throw new BadCsrf();
        }
        return person(session);
    }

    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("no workbench session", null, false, false);
        }
    }

    static final class BadCsrf extends RuntimeException {
        BadCsrf() {
            super("csrf token or origin wrong", null, false, false);
        }
    }

    @Error(exception = NotSignedIn.class)
    public HttpResponse<ApiError> notSignedIn(HttpRequest<?> request) {
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED)
                .body(ApiError.of("unauthorized", "登录已过期，请重新打开工作台"));
    }

    @Error(exception = BadCsrf.class)
    public HttpResponse<ApiError> badCsrf(HttpRequest<?> request) {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("csrf", "页面已过期，请刷新后再试"));
    }

    @Error(exception = WorkbenchDenied.class)
    public HttpResponse<ApiError> denied(HttpRequest<?> request, WorkbenchDenied e) {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("forbidden", e.getMessage()));
    }

    @Error(exception = NoSuchElementException.class)
    public HttpResponse<ApiError> notFound(HttpRequest<?> request, NoSuchElementException e) {
        return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(ApiError.of("not_found", e.getMessage()));
    }

    @Error(exception = IllegalArgumentException.class)
    public HttpResponse<ApiError> badRequest(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.<ApiError>status(HttpStatus.BAD_REQUEST).body(ApiError.of("bad_request", e.getMessage()));
    }
}

package com.salesbot.bot.targets;

import com.salesbot.core.feature.targets.TargetPlanText;

import com.salesbot.bot.api.ApiError;
import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.feature.targets.QuarterlyTargetsPushes;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.importing.TargetsImports;
import com.salesbot.core.feature.targets.VoiceSampleService;
import com.salesbot.core.feature.targets.port.PlanSession;
import com.salesbot.core.importing.CsvRows;
import com.salesbot.core.importing.ImportReport;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.rules.targetplan.RepShare;
import com.salesbot.core.rules.targetplan.TargetPlan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admin API of the targets feature: run the target sandbox for a team (the team then votes in chat), import the
 * market, org-level, customer-voice, growth-point, order and knowledge-base data, and export the quarter's
 * customer-voice sample for the third-party caller.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "targets")
public class TargetsApiController {
    private final TargetSandboxService sandbox;
    private final TargetsImports imports;
    private final VoiceSampleService voice;
    private final Clock clock;
    private final QuarterlyTargetsPushes gapPlans;
    private final MessagePump pump;

    public TargetsApiController(TargetSandboxService sandbox, TargetsImports imports, VoiceSampleService voice,
                                Clock clock, QuarterlyTargetsPushes gapPlans, MessagePump pump) {
        this.gapPlans = gapPlans;
        this.pump = pump;
        this.sandbox = sandbox;
        this.imports = imports;
        this.voice = voice;
        this.clock = clock;
    }

    @Serdeable
    public record PlanRequest(@Nullable String teamId, @Nullable String quarter) {
    }

    @Serdeable
    public record ShareView(String repId, long amountFen, String quadrant) {
    }

    @Serdeable
    public record PlanView(String kind, String label, long totalFen, List<String> assumptions,
                           List<ShareView> shares) {
    }

    @Serdeable
    public record SessionView(long id, String teamId, String quarter, boolean open, @Nullable String confirmed,
                              List<PlanView> plans) {
        static SessionView of(PlanSession s) {
            return new SessionView(s.id(), s.teamId(), s.quarter().toString(), s.open(),
                    TargetPlanText.code(s.confirmedKind()), s.plans().stream()
                    .map(SessionView::plan).toList());
        }

        static PlanView plan(TargetPlan p) {
            return new PlanView(TargetPlanText.code(p.kind()), TargetPlanText.label(p.kind()), p.totalFen(), p.assumptions(), p.shares().stream()
                    .map((RepShare r) -> new ShareView(r.repId(), r.amountFen(), TargetPlanText.label(r.quadrant()))).toList());
        }
    }

    @Serdeable
    public record SampleView(String quarter, String repId, String customerId) {
    }

    /**
     * Runs the target sandbox (三源校准 + three plans) for a team's quarter; the team votes on it in chat.
     *
     * @param body teamId and quarter (e.g. 2026Q3)
     * @return 201 with the session and its three plans, 400/404 with a JSON error
     */
    @Post(value = "/target-plans", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> plan(@Body PlanRequest body) {
        if (body == null || body.teamId() == null || body.teamId().isBlank() || body.quarter() == null) {
            return HttpResponse.badRequest(ApiError.of("invalid_request", "需要 teamId 和 quarter (如 2026Q3)"));
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(body.quarter());
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("invalid_quarter", "季度格式应为 2026Q3"));
        }
        if (sandbox.teamReps(body.teamId()).isEmpty()) {
            return HttpResponse.notFound(ApiError.of("unknown_team", "团队不存在或没有在职销售: " + body.teamId()));
        }
        PlanSession s = sandbox.run("api", body.teamId(), quarter, clock.millis(), "api");
        return HttpResponse.status(HttpStatus.CREATED).body(SessionView.of(s));
    }

    /**
     * Imports one kind of targets data as a JSON array (or CSV, below): market-factors, regions, level-targets, voice-answers,
     * growth-points, orders or kb-searches. All or nothing; 422 lists every bad row.
     */
    @Post(value = "/{kind:market-factors|regions|level-targets|voice-answers|growth-points|orders|kb-searches}",
            consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> importRows(String kind, @Body List<Map<String, Object>> rows) {
        ImportReport report = imports.run(kind, rows, clock.millis());
        return report.accepted() ? HttpResponse.ok(report)
                : HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(report);
    }

    /**
     * The same imports as CSV (UTF-8, header row with the JSON field names, optional BOM), parsed by the one CSV
     * reader of {@code /api/import}; list fields (teamIds, actions) separate their items with | or ;.
     */
    @Post(value = "/{kind:market-factors|regions|level-targets|voice-answers|growth-points|orders|kb-searches}",
            consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<?> importCsv(String kind, @Body String csv) {
        List<Map<String, String>> rows;
        try {
            rows = CsvRows.parse(csv);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("bad_csv", e.getMessage()));
        }
        return importRows(kind, rows.stream().<Map<String, Object>>map(LinkedHashMap::new).toList());
    }

    @Serdeable
    public record CoachingQueued(String quarter, int cards) {
    }

    /**
     * R15: queues the 客户成功部协同辅导计划 card for every rep whose watched radar axis stayed below the configured
     * share of the team mean for the configured number of quarters ending with {@code quarter} (to the rep, the
     * manager and the CS lead). Sending the same quarter twice does not send the cards twice.
     */
    @Post("/capability-gaps")
    public HttpResponse<?> capabilityGaps(@Nullable @QueryValue String quarter) {
        Quarter q;
        try {
            q = Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("invalid_quarter", "需要 quarter 参数, 格式如 2026Q3"));
        }
        int cards = gapPlans.send(q, clock.millis());
        pump.nudge();
        return HttpResponse.ok(new CoachingQueued(q.toString(), cards));
    }

    /**
     * The quarter's customer-voice sample (R13): per rep, the drawn customers whose deals they won in the 3 months
     * before the quarter. The same quarter always gives the same list.
     */
    @Get("/voice-samples")
    public HttpResponse<?> voiceSamples(@Nullable @QueryValue String quarter) {
        Quarter q;
        try {
            q = Quarter.parse(quarter);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("invalid_quarter", "需要 quarter 参数, 格式如 2026Q3"));
        }
        return HttpResponse.ok(voice.sample(q).stream().map(r -> new SampleView(r.quarter(), r.repId(),
                r.customerId())).toList());
    }
}

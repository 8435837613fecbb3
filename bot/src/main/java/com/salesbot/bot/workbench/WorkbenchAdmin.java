package com.salesbot.bot.workbench;

import com.salesbot.adapters.config.ConfigProvenance;
import com.salesbot.bot.api.ApiError;
import com.salesbot.bot.api.ApiToken;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.importing.CsvRows;
import com.salesbot.core.importing.DealImports;
import com.salesbot.core.importing.ImportReport;
import com.salesbot.core.importing.Imports;
import com.salesbot.core.workbench.WorkbenchConfig;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 管理 page's calls: the same imports as {@code POST /api/import/{kind}} (CSV, every row checked first, nothing
 * written on any error), the audit trail and the configuration with where each value comes from.
 */
@Singleton
public class WorkbenchAdmin {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Imports imports;
    private final DealImports dealImports;
    private final AuditTrail trail;
    private final BusinessConfig config;
    private final Path configDir;
    private final ApiToken token;
    private final ZoneId zone;

    public WorkbenchAdmin(Imports imports, DealImports dealImports, AuditTrail trail, BusinessConfig config,
                          @Value("${salesbot.config-dir:./config}") String configDir, ApiToken token, ZoneId zone) {
        this.imports = imports;
        this.dealImports = dealImports;
        this.trail = trail;
        this.config = config;
        this.configDir = Path.of(configDir);
        this.token = token;
        this.zone = zone;
    }

    @Serdeable
    public record AuditRow(String at, String actorId, String action, String subject, String before, String after,
                           String channel) {
    }

    @Serdeable
    public record AuditView(List<AuditRow> entries, long total, int page, int size) {
    }

    @Serdeable
    public record ConfigView(String dir, List<WorkbenchConfig.ConfigRow> rows) {
    }

    boolean tokenPresented(HttpRequest<?> request) {
        return token.presentedBy(request);
    }

    List<String> kinds() {
        List<String> all = new ArrayList<>(Imports.KINDS);
        all.addAll(DealImports.KINDS);
        return all;
    }

    AuditView audit(String actor, String action, int page) {
        if (page < 0) {
            throw new IllegalArgumentException("页码不能为负数");
        }
        var found = trail.find(new AuditQuery(blank(actor), blank(action), null, null, null, null, page, 50));
        List<AuditRow> rows = found.entries().stream().map(e -> new AuditRow(
                TIME.format(Instant.ofEpochMilli(e.entry().at()).atZone(zone)), e.entry().actorId(), e.entry().action(),
                e.entry().subjectType() + " " + e.entry().subjectId(), e.entry().before(), e.entry().after(),
                e.entry().channel())).toList();
        return new AuditView(rows, found.total(), found.page(), found.size());
    }

    ConfigView config() {
        ConfigProvenance places = ConfigProvenance.read(configDir);
        return new ConfigView(configDir.getFileName() == null ? "config" : configDir.getFileName().toString(),
                WorkbenchConfig.rows(config, places::placeOf));
    }

    HttpResponse<?> importCsv(String kind, String csv) {
        List<Map<String, String>> rows;
        try {
            rows = CsvRows.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("bad_csv", e.getMessage()));
        }
        Optional<ImportReport> report = DealImports.KINDS.contains(kind) ? dealImports.run(kind, rows)
                : imports.run(kind, rows);
        return report.<HttpResponse<?>>map(r -> r.accepted() ? HttpResponse.ok(r)
                        : HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(r))
                .orElseGet(() -> HttpResponse.notFound(ApiError.of("unknown_kind", "未知的导入类型: " + kind)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

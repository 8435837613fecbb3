package com.salesbot.bot.api;

import com.salesbot.core.importing.CsvRows;
import com.salesbot.core.importing.DealImports;
import com.salesbot.core.importing.ImportReport;
import com.salesbot.core.importing.Imports;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one kind of record (teams, people, customers, leads, opportunities, targets, payments, absences) as a JSON array
 * of objects or as CSV with a header row. All rows are checked first; if any row is wrong nothing is written and
 * the answer (422) lists every bad row with its field and reason. Importing the same rows again updates them.
 */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "import")
public class ImportController {
    private final Imports imports;
    private final DealImports dealImports;

    public ImportController(Imports imports, DealImports dealImports) {
        this.imports = imports;
        this.dealImports = dealImports;
    }

    /**
     * Imports a JSON array of rows.
     *
     * @param kind teams, people, customers, leads, opportunities, targets, payments, deals, service-tickets, nps,
     *             kb-adoption, cs-sessions, mentorships or absences
     * @param rows one object per row, column name to value
     * @return the import report: 200 when every row was written, 422 when none was
     */
    @Post(value = "/{kind}", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> json(@PathVariable String kind, @Body List<Map<String, Object>> rows) {
        List<Map<String, String>> text = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            if (row != null) {
                row.forEach((k, v) -> {
                    if (v != null) {
                        values.put(k, String.valueOf(v));
                    }
                });
            }
            text.add(values);
        }
        return answer(kind, text);
    }

    /**
     * Imports CSV (UTF-8, header row, optional BOM).
     *
     * @param kind teams, people, customers, leads, opportunities, targets, payments, deals, service-tickets, nps,
     *             kb-adoption, cs-sessions, mentorships or absences
     * @param csv  the file content
     * @return the import report: 200 when every row was written, 422 when none was
     */
    @Post(value = "/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<?> csv(@PathVariable String kind, @Body String csv) {
        List<Map<String, String>> rows;
        try {
            rows = CsvRows.parse(csv);
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("bad_csv", e.getMessage()));
        }
        return answer(kind, rows);
    }

    private HttpResponse<?> answer(String kind, List<Map<String, String>> rows) {
        return (DealImports.KINDS.contains(kind) ? dealImports.run(kind, rows) : imports.run(kind, rows))
                .<HttpResponse<?>>map(report -> report.accepted() ? HttpResponse.ok(report)
                        : HttpResponse.<ImportReport>status(HttpStatus.UNPROCESSABLE_ENTITY).body(report))
                .orElseGet(() -> HttpResponse.notFound(
                        ApiError.of("unknown_kind", "未知的导入类型，可选: " + Imports.KINDS + " "
                                + DealImports.KINDS)));
    }
}

package com.salesbot.bot.deal;

import com.salesbot.core.csv.CsvCell;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.bonus.BonusBook;
import com.salesbot.core.bonus.LedgerEntry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;

/**
 * The bonus ledger (R21): what was paid out or forfeited in a month, per deal part and beneficiary, as JSON or
 * CSV ({@code format=csv} or {@code Accept: text/csv}); and the month's settlement on demand (the monthly job does
 * the same on the first business day; running it again writes nothing twice).
 */
@Controller("/api/bonuses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "bonuses")
public class BonusController {
    private final BonusBook book;
    private final Clock clock;

    public BonusController(BonusBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @Serdeable
    public record LedgerRow(String dealId, String part, String beneficiaryId, boolean mentorShare, long amountFen,
                            String state, String settledOn, String payoutMonth, String reason) {
    }

    @Serdeable
    public record Settled(String month, int written) {
    }

    /**
     * @param month  yyyy-MM
     * @param format json (default) or csv
     */
    @Get(produces = {MediaType.APPLICATION_JSON, "text/csv"})
    public HttpResponse<?> ledger(@QueryValue String month, @Nullable @QueryValue String format,
                                  @Nullable io.micronaut.http.HttpHeaders headers) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeException e) {
            return HttpResponse.badRequest(ApiError.of("bad_month", "month 应为 yyyy-MM，例如 2026-03"));
        }
        List<LedgerRow> rows = book.ledger(m).stream().map(BonusController::row).toList();
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && headers != null
                && headers.accept().stream().anyMatch(t -> t.getName().equals("text/csv")));
        if (csv) {
            return HttpResponse.ok(csv(rows)).contentType(new MediaType("text/csv; charset=utf-8"))
                    .header("Content-Disposition", "attachment; filename=\"bonuses-" + m + ".csv\"");
        }
        return HttpResponse.ok(rows).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Settles a closed month into the ledger (idempotent). */
    @Post("/settle")
    public HttpResponse<?> settle(@QueryValue String month) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeException e) {
            return HttpResponse.badRequest(ApiError.of("bad_month", "month 应为 yyyy-MM，例如 2026-03"));
        }
        return HttpResponse.ok(new Settled(m.toString(), book.settle(m, clock.millis())));
    }

    private static LedgerRow row(LedgerEntry e) {
        return new LedgerRow(e.dealId(), e.part().name(), e.beneficiaryId(), e.mentorShare(), e.amountFen(),
                e.state().name(), e.settledOn().toString(), e.payoutMonth().toString(), e.reason());
    }

    static String csv(List<LedgerRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFFdealId,part,beneficiaryId,mentorShare,amountFen,state,settledOn,"
                + "payoutMonth,reason\r\n");
        for (LedgerRow r : rows) {
            out.append(CsvCell.of(r.dealId())).append(',').append(r.part()).append(',')
                    .append(CsvCell.of(r.beneficiaryId())).append(',').append(r.mentorShare()).append(',')
                    .append(r.amountFen()).append(',')
                    .append(r.state()).append(',').append(r.settledOn()).append(',').append(r.payoutMonth())
                    .append(',').append(CsvCell.of(r.reason())).append("\r\n");
        }
        return out.toString();
    }
}

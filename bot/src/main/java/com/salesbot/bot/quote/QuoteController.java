package com.salesbot.bot.quote;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.QuoteException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/quotes}: issues a quote for {@code repId} (the issuer; their data scope and discount range
 * apply) to {@code customerId} with {@code items} [{code, quantity}] from the price list and an optional
 * {@code discountPercent}. Answers 201 with the PDF; the headers carry the quote number, total and the registered
 * SHA-256 / MD5. Refusals are 4xx {@link ApiError}s with a Chinese message.
 */
@Controller("/api/quotes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "quotes")
public class QuoteController {
    private final IssueQuote issue;
    private final OrgStore org;

    public QuoteController(IssueQuote issue, OrgStore org) {
        this.issue = issue;
        this.org = org;
    }

    @Serdeable
    public record ItemRequest(@Nullable String code, @Nullable Integer quantity) {
    }

    @Serdeable
    public record QuoteRequest(@Nullable String repId, @Nullable String customerId,
                               @Nullable List<ItemRequest> items, @Nullable Integer discountPercent) {
    }

    @Post(produces = {MediaType.APPLICATION_PDF, MediaType.APPLICATION_JSON})
    public HttpResponse<?> create(@Body QuoteRequest body) {
        Optional<Rep> rep = body.repId() == null ? Optional.empty() : org.findRep(body.repId().strip());
        if (rep.isEmpty() || !rep.get().active()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiError.of("unknown_rep", "repId 必须是在职销售的编号"));
        }
        List<IssueQuote.Item> items = body.items() == null ? List.of() : body.items().stream()
                .map(i -> new IssueQuote.Item(i == null ? null : i.code(),
                        i == null || i.quantity() == null ? 0 : i.quantity()))
                .toList();
        try {
            IssueQuote.Issued issued = issue.issue(rep.get(), new IssueQuote.Request(body.customerId(), items,
                    body.discountPercent() == null ? 0 : body.discountPercent()), "api");
            var q = issued.quote();
            return HttpResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_PDF_TYPE)
                    .header("X-Quote-Number", q.number())
                    .header("X-Quote-Total", q.total().toPlainString())
                    .header("X-Quote-Sha256", q.sha256())
                    .header("X-Quote-Md5", q.md5())
                    .header("Content-Disposition", "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(q.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                    .body(issued.pdf());
        } catch (QuoteException e) {
            HttpStatus status = switch (e.reason()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
                case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            };
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(ApiError.of("quote_" + e.reason().name().toLowerCase(java.util.Locale.ROOT),
                            e.getMessage()));
        }
    }
}

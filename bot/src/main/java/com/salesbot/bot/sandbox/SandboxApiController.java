package com.salesbot.bot.sandbox;

import com.salesbot.bot.api.ApiError;
import com.salesbot.bot.sandbox.SandboxApi.Accepted;
import com.salesbot.bot.sandbox.SandboxApi.ActionRequest;
import com.salesbot.bot.sandbox.SandboxApi.CallEnded;
import com.salesbot.bot.sandbox.SandboxApi.CallEndedRequest;
import com.salesbot.bot.sandbox.SandboxApi.ChatSimulated;
import com.salesbot.bot.sandbox.SandboxApi.ChatSimulationRequest;
import com.salesbot.bot.sandbox.SandboxApi.CustomerItem;
import com.salesbot.bot.sandbox.SandboxApi.MessageRequest;
import com.salesbot.bot.sandbox.SandboxApi.Messages;
import com.salesbot.bot.sandbox.SandboxApi.Person;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.scope.DataScope;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
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
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** The sandbox JSON API used by the page, scripts and tests. */
@Controller("/sandbox/api")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SandboxApiController {
    static final int MAX_CUSTOMERS = 50;

    private final SandboxSession session;
    private final SandboxMailbox mailbox;
    private final SandboxImages images;
    private final OrgStore org;
    private final CustomerStore customers;

    public SandboxApiController(SandboxSession session, SandboxMailbox mailbox, SandboxImages images, OrgStore org,
                                CustomerStore customers) {
        this.session = session;
        this.mailbox = mailbox;
        this.images = images;
        this.org = org;
        this.customers = customers;
    }

    /** Everyone active in the company, reps and managers, to act as. */
    @Get("/people")
    public List<Person> people() {
        Map<String, String> teams = org.teams().stream().collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a));
        return org.reps().stream().filter(Rep::active)
                .map(r -> new Person(r.id(), r.name(), r.role().name(), roleLabel(r),
                        r.teamId() == null ? null : teams.get(r.teamId())))
                .toList();
    }

    /** Customers for the "call ended" picker: those whose owner the person may see (own, team's, everyone's). */
    @Get("/customers")
    public List<CustomerItem> customers(@QueryValue String as) {
        Rep rep = session.person(as);
        DataScope scope = DataScope.of(rep);
        Map<String, Rep> people = org.reps().stream().collect(Collectors.toMap(Rep::id, r -> r, (a, b) -> a));
        return scope.filter(customers.all(), Customer::ownerRepId, people).stream().limit(MAX_CUSTOMERS).map(c -> new CustomerItem(c.id(), c.name())).toList();
    }

    @Post("/messages")
    public HttpResponse<Accepted> send(@Body MessageRequest request) {
        return HttpResponse.accepted().body(new Accepted(session.say(request.as(), request.text())));
    }

    @Post("/actions")
    public HttpResponse<Accepted> tap(@Body ActionRequest request) {
        return HttpResponse.accepted()
                .body(new Accepted(session.tap(request.as(), request.promptId(), request.actionKey())));
    }

    @Get("/messages")
    public Messages messages(@QueryValue String as, @QueryValue(defaultValue = "0") long after) {
        session.person(as);
        List<SandboxDelivery> items = mailbox.after(as, after);
        return new Messages(items, items.stream().mapToLong(SandboxDelivery::seq).max().orElse(after));
    }

    @Post("/call-ended")
    public HttpResponse<CallEnded> callEnded(@Body CallEndedRequest request) {
        return HttpResponse.accepted().body(new CallEnded(
                session.callEnded(request.as(), blankToNull(request.customerId()), request.durationSeconds()).id()));
    }

    /**
     * 模拟一段客户聊天: a canned two-sided chat with one of the person's customers, dated just past the idle gap, is
     * ingested like {@code POST /api/conversations} and the chat-touch pass runs at once: the chat becomes a CHAT
     * touch and its R2 prompt arrives in the conversation.
     */
    @Post("/chat-simulations")
    public HttpResponse<ChatSimulated> simulateChat(@Body ChatSimulationRequest request) {
        if (request.customerId() == null || request.customerId().isBlank()) {
            throw new IllegalArgumentException("customerId is required");
        }
        return HttpResponse.accepted().body(session.simulateChat(request.as(), request.customerId().strip()));
    }

    /**
     * Today's daily digest on demand, to every manager, ignoring quiet hours; each press sends a fresh copy
     * (its own dedupe key), so it never blocks or replaces the scheduled one.
     */
    @Post("/digest-now")
    public HttpResponse<DigestSent> digestNow() {
        return HttpResponse.accepted().body(new DigestSent(session.digestNow()));
    }

    /** How many digest cards were queued. */
    @io.micronaut.serde.annotation.Serdeable
    public record DigestSent(int cards) {
    }

    @Get(value = "/images/{id}", produces = MediaType.IMAGE_PNG)
    public HttpResponse<byte[]> image(@PathVariable String id) {
        return images.get(id).<HttpResponse<byte[]>>map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
    }

    /** A request the sandbox refused (empty or too long text, missing ids, bad duration); no exception text is shown. */
    @Error(exception = IllegalArgumentException.class)
    public HttpResponse<ApiError> badRequest(IllegalArgumentException e) {
        return HttpResponse.badRequest(ApiError.of("bad_request", "请求不完整或有误，请检查后再试"));
    }

    /** A person acting on data outside their scope (another rep's customer). */
    @Error(exception = SecurityException.class)
    public HttpResponse<ApiError> forbidden(SecurityException e) {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN)
                .body(ApiError.of("forbidden", "这位客户不在你的数据范围内"));
    }

    @Error(exception = NoSuchElementException.class)
    public HttpResponse<ApiError> notFound(NoSuchElementException e) {
        return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(ApiError.of("not_found", "找不到这个人或客户"));
    }

    private static String roleLabel(Rep rep) {
        return switch (rep.role()) {
            case REP -> "销售";
            case MANAGER -> "主管";
            case DIRECTOR -> "总监";
        };
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox API over the real engine, inbox, outbox and pump of the embedded default. */
@MicronautTest(transactional = false)
class SandboxApiTest {
    private static final String API = "/sandbox/api";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    TargetStore targets;
    @Inject
    TouchStore touches;

    private BlockingHttpClient client;

    @BeforeEach
    void seed() {
        SandboxFixture.seed(org, customers, targets);
        client = http.toBlocking();
    }

    @Test
    void listsThePeopleOfTheCompanyWithRoleAndTeam() {
        List<Person> people = client.retrieve(HttpRequest.GET(API + "/people"), Argument.listOf(Person.class));
        assertThat(people).contains(new Person(SandboxFixture.REP, "李明", "REP", "销售", "华东一组"),
                new Person(SandboxFixture.MANAGER, "王经理", "MANAGER", "主管", "华东一组"));
    }

    @Test
    void typingTargetGoesThroughTheInboxAndTheCardComesBackWithPreviewsAndImage() {
        long before = last(SandboxFixture.REP);
        HttpResponse<Accepted> accepted = client.exchange(
                HttpRequest.POST(API + "/messages", new MessageRequest(SandboxFixture.REP, "目标")), Accepted.class);
        assertThat(accepted.status().getCode()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(accepted.body().eventId()).startsWith("sbx-");

        List<SandboxDelivery> items = await(SandboxFixture.REP, before,
                list -> list.stream().anyMatch(d -> "bot".equals(d.from()) && "card".equals(d.kind())));
        assertThat(items.get(0).from()).isEqualTo("me");
        assertThat(items.get(0).text()).isEqualTo("目标");
        SandboxDelivery card = items.stream().filter(d -> "card".equals(d.kind())).findFirst().orElseThrow();
        assertThat(card.card().title()).contains("李明", "目标健康度");
        assertThat(card.previews().wecom()).contains("\"touser\": \"" + SandboxFixture.REP + "\"");
        assertThat(card.previews().dingtalk()).contains("msgKey");
        assertThat(card.card().imageUrl()).startsWith(API + "/images/");
        byte[] png = client.retrieve(HttpRequest.GET(card.card().imageUrl()), byte[].class);
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
    }

    @Test
    void aFinishedCallBringsTheResultCardAndATapRecordsTheTagOnce() {
        long before = last(SandboxFixture.REP);
        CallEnded call = client.retrieve(HttpRequest.POST(API + "/call-ended",
                new CallEndedRequest(SandboxFixture.REP, SandboxFixture.CUSTOMER, 180)), CallEnded.class);
        Touch touch = touches.find(call.touchId()).orElseThrow();
        assertThat(touch.source()).isEqualTo("sandbox");
        assertThat(touch.durationSeconds()).isEqualTo(180);
        assertThat(touch.customerId()).isEqualTo(SandboxFixture.CUSTOMER);

        String promptId = "r-" + call.touchId();
        SandboxDelivery prompt = await(SandboxFixture.REP, before, list -> list.stream()
                .anyMatch(d -> d.card() != null && promptId.equals(d.card().promptId()))).stream()
                .filter(d -> d.card() != null && promptId.equals(d.card().promptId())).findFirst().orElseThrow();
        assertThat(prompt.card().lines()).anyMatch(l -> l.contains(SandboxFixture.CUSTOMER_NAME));
        SandboxDelivery.Button first = prompt.card().buttons().get(0);
        assertThat(first.key()).isEqualTo("tag:demo_booked");

        client.exchange(HttpRequest.POST(API + "/actions",
                new ActionRequest(SandboxFixture.REP, promptId, first.key())));
        List<SandboxDelivery> after = await(SandboxFixture.REP, prompt.seq(), list -> list.stream()
                .anyMatch(d -> d.id() == prompt.id() && d.card().title().equals("已记录：" + first.label())));
        SandboxDelivery replaced = after.stream().filter(d -> d.id() == prompt.id()).findFirst().orElseThrow();
        assertThat(replaced.card().updated()).isTrue();
        assertThat(replaced.card().tone()).isEqualTo("success");
        assertThat(replaced.previews().dingtalk()).contains("已记录：" + first.label());
        assertThat(touches.find(call.touchId()).orElseThrow().resultTag()).isEqualTo("demo_booked");

        long seen = after.stream().mapToLong(SandboxDelivery::seq).max().orElseThrow();
        client.exchange(HttpRequest.POST(API + "/actions",
                new ActionRequest(SandboxFixture.REP, promptId, "tag:quoted")));
        await(SandboxFixture.REP, seen, list -> list.stream()
                .anyMatch(d -> d.text() != null && d.text().contains("已经记录过了")));
        assertThat(touches.find(call.touchId()).orElseThrow().resultTag()).isEqualTo("demo_booked");
    }

    @Test
    void aSimulatedCustomerChatBecomesAChatTouchAndItsResultPromptArrives() {
        long before = last(SandboxFixture.REP);
        long started = System.currentTimeMillis();
        HttpResponse<ChatSimulated> answer = client.exchange(HttpRequest.POST(API + "/chat-simulations",
                new ChatSimulationRequest(SandboxFixture.REP, SandboxFixture.CUSTOMER)), ChatSimulated.class);
        assertThat(answer.code()).isEqualTo(HttpStatus.ACCEPTED.getCode());
        long answered = System.currentTimeMillis();
        ChatSimulated chat = answer.body();
        assertThat(chat.messages()).isEqualTo(5);
        assertThat(chat.touches()).isEqualTo(1);
        assertThat(chat.prompted()).isEqualTo(1);
        // dated so that, when it was ingested, it had been idle for the 30-minute gap and one minute more
        assertThat(chat.endedAt()).isBetween(started - 31 * 60_000L, answered - 31 * 60_000L);
        assertThat(chat.endedAt() - chat.startedAt()).isEqualTo(180_000L);

        Touch touch = touches.ofRepBetween(SandboxFixture.REP, chat.startedAt(), chat.startedAt() + 1).stream()
                .filter(t -> t.kind() == TouchKind.CHAT).findFirst().orElseThrow();
        assertThat(touch.customerId()).isEqualTo(SandboxFixture.CUSTOMER);
        assertThat(touch.durationSeconds()).isEqualTo(180);
        assertThat(touch.tagged()).isFalse();

        String promptId = "r-" + touch.id();
        SandboxDelivery prompt = await(SandboxFixture.REP, before, list -> list.stream()
                .anyMatch(d -> d.card() != null && promptId.equals(d.card().promptId()))).stream()
                .filter(d -> d.card() != null && promptId.equals(d.card().promptId())).findFirst().orElseThrow();
        assertThat(prompt.card().lines()).anyMatch(l -> l.contains(SandboxFixture.CUSTOMER_NAME));
        assertThat(prompt.card().lines()).anyMatch(l -> l.contains("在线沟通"));

        client.exchange(HttpRequest.POST(API + "/actions",
                new ActionRequest(SandboxFixture.REP, promptId, "tag:demo_booked")));
        await(SandboxFixture.REP, prompt.seq(), list -> list.stream().anyMatch(d -> d.id() == prompt.id()
                && d.card().title().startsWith("已记录")));
        assertThat(touches.find(touch.id()).orElseThrow().resultTag()).isEqualTo("demo_booked");
    }

    @Test
    void aChatSimulationFollowsTheDataScopeAndNeedsACustomer() {
        assertThat(simulate(new ChatSimulationRequest(SandboxFixture.OTHER_REP, SandboxFixture.CUSTOMER)))
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(simulate(new ChatSimulationRequest(SandboxFixture.REP, "no-such-customer")))
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(simulate(new ChatSimulationRequest(SandboxFixture.REP, " ")))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(simulate(new ChatSimulationRequest("nobody", SandboxFixture.CUSTOMER)))
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    private int simulate(ChatSimulationRequest request) {
        try {
            return client.exchange(HttpRequest.POST(API + "/chat-simulations", request), ChatSimulated.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void thePickerAndCallEndedFollowTheDataScope() {
        assertThat(customerIds(SandboxFixture.REP)).as("the owner").contains(SandboxFixture.CUSTOMER);
        assertThat(customerIds(SandboxFixture.MANAGER)).as("the owner's manager").contains(SandboxFixture.CUSTOMER);
        assertThat(customerIds(SandboxFixture.OTHER_REP)).as("a teammate").doesNotContain(SandboxFixture.CUSTOMER);
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, SandboxFixture.CUSTOMER, 60)))
                .as("a teammate may not record a call on someone else's customer")
                .isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(status(new CallEndedRequest(SandboxFixture.MANAGER, SandboxFixture.CUSTOMER, 60)))
                .isEqualTo(HttpStatus.ACCEPTED.getCode());
    }

    private List<String> customerIds(String as) {
        return client.retrieve(HttpRequest.GET(API + "/customers?as=" + as), Argument.listOf(CustomerItem.class))
                .stream().map(CustomerItem::id).toList();
    }

    @Test
    void callDurationIsCheckedOnBothSidesOfItsLimits() {
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, null, 0))).isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, null, 86_400)))
                .isEqualTo(HttpStatus.ACCEPTED.getCode());
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, null, -1)))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, null, 86_401)))
                .isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(status(new CallEndedRequest(SandboxFixture.OTHER_REP, "no-such-customer", 60)))
                .isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void unknownPeopleEmptyTextAndUnknownImagesAreRefusedClearly() {
        assertThatThrownBy(() -> client.exchange(HttpRequest.POST(API + "/messages",
                new MessageRequest("nobody", "目标")))).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        assertThatThrownBy(() -> client.exchange(HttpRequest.POST(API + "/messages",
                new MessageRequest(SandboxFixture.REP, "   ")))).isInstanceOfSatisfying(
                HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
        assertThatThrownBy(() -> client.exchange(HttpRequest.GET(API + "/images/img999999"), byte[].class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    @Test
    void digestNowSendsTheManagerTodaysDigestCard() {
        long before = last(SandboxFixture.MANAGER);
        long repBefore = last(SandboxFixture.REP);
        Map<?, ?> sent = client.retrieve(HttpRequest.POST(API + "/digest-now", Map.of()), Map.class);
        assertThat(((Number) sent.get("cards")).intValue()).isGreaterThanOrEqualTo(1);
        List<SandboxDelivery> got = await(SandboxFixture.MANAGER, before,
                items -> items.stream().anyMatch(d -> d.card() != null && d.card().title().contains("晨会")));
        assertThat(got).anyMatch(d -> d.card() != null && d.card().title().contains("晨会"));
        List<SandboxDelivery> repGot = client.retrieve(HttpRequest.GET(API + "/messages?as=" + SandboxFixture.REP
                + "&after=" + repBefore), Messages.class).items();
        assertThat(repGot == null ? List.<SandboxDelivery>of() : repGot).as("reps get no digest")
                .noneMatch(d -> d.card() != null && d.card().title().contains("晨会"));
    }

    @Test
    void servesThePageAndOnlyItsOwnAssets() {
        String page = client.retrieve(HttpRequest.GET("/sandbox"), String.class);
        assertThat(page).contains("销售助手", "/sandbox/assets/sandbox.js");
        assertThat(client.retrieve(HttpRequest.GET("/sandbox/assets/sandbox.js"), String.class))
                .contains("/sandbox/api");
        assertThatThrownBy(() -> client.exchange(HttpRequest.GET("/sandbox/assets/application.yml"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    private int status(CallEndedRequest request) {
        try {
            return client.exchange(HttpRequest.POST(API + "/call-ended", request), CallEnded.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private long last(String as) {
        return client.retrieve(HttpRequest.GET(API + "/messages?as=" + as + "&after=0"), Messages.class).last();
    }

    private List<SandboxDelivery> await(String as, long after, Predicate<List<SandboxDelivery>> done) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<SandboxDelivery> items = List.of();
        while (System.currentTimeMillis() < deadline) {
            List<SandboxDelivery> got = client.retrieve(HttpRequest.GET(API + "/messages?as=" + as + "&after="
                    + after), Messages.class).items();
            items = got == null ? List.of() : got;
            if (done.test(items)) {
                return items;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching sandbox delivery within 20 s; got " + items);
    }
}

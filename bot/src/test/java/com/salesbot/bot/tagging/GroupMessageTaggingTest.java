package com.salesbot.bot.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "test", transactional = false)
@Property(name = "salesbot.api-token", value = GroupMessageTaggingTest.TOKEN)
class GroupMessageTaggingTest {
    static final String TOKEN = "group-test-token";
    private static final long T0 = 1_780_000_000_000L;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    InboundHandler handler;
    @Inject
    com.salesbot.bot.wiring.EngineInboundHandler engine;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    ConversationStore conversations;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String rep = "grp-rep-" + run;
    private final String staffId = "staff-" + run;
    private final String customer = "grp-cus-" + run;
    /** DingTalk conversation ids contain '/', '+' and '='. */
    private final String group = "cid/" + run + "+Xy==";

    @BeforeEach
    void orgAndCustomer() {
        org.saveTeam(new Team("grp-team", "华东一组"));
        org.saveRep(new Rep(rep, "王五", "grp-team", Role.REP, null, staffId, LocalDate.of(2025, 1, 1), true));
        customers.save(new Customer(customer, "甲公司", rep, null, "制造业", "A", 0, false));
    }

    private HttpRequest<?> put(String groupId, Object body) {
        return HttpRequest.PUT("/api/groups/" + URLEncoder.encode(groupId, StandardCharsets.UTF_8), body)
                .bearerAuth(TOKEN);
    }

    private void link() {
        client.toBlocking().exchange(put(group, Map.of("customerId", customer)));
    }

    private static InboundMessage groupText(String eventId, String sender, String groupId, String text,
                                            boolean groupChat) {
        return new InboundMessage("dingtalk", eventId, sender, InboundKind.TEXT, text, null, null, List.of(), null,
                "https://oapi.dingtalk.com/robot/sendBySession?session=x", groupChat, T0, groupId);
    }

    private List<ChatMessage> stored() {
        return conversations.latestOf(rep, customer).map(c -> conversations.messagesOf(c.id())).orElse(List.of());
    }

    @Test
    void anAdminLinksAGroupToACustomerAndReadsItBack() {
        link();
        Map<?, ?> shown = client.toBlocking().retrieve(HttpRequest.GET("/api/groups/"
                + URLEncoder.encode(group, StandardCharsets.UTF_8)).bearerAuth(TOKEN), Map.class);
        assertThat(shown.get("customerId")).isEqualTo(customer);
        assertThat(shown.get("conversationId")).isEqualTo(group);
    }

    @Test
    void linkingNeedsTheTokenAndAKnownCustomer() {
        assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.PUT("/api/groups/g1",
                Map.of("customerId", customer)))).isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        assertThatThrownBy(() -> client.toBlocking().exchange(put("g1", Map.of("customerId", "nobody-" + run))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(ApiError.class).orElseThrow().error())
                            .isEqualTo("客户 nobody-" + run + " 不存在");
                });
        assertThatThrownBy(() -> client.toBlocking().exchange(put("g1", Map.of("customerId", " "))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
    }

    @Test
    void aRepsMessageInALinkedGroupIsTaggedOutOnceAndTheEngineStillAnswers() {
        link();
        InboundMessage message = groupText("msg-" + run, staffId, group, "王总，续费合同我今天发您，续约价格不变", true);

        handler.handle(message);
        handler.handle(message); // a redelivered message is a duplicate

        assertThat(stored()).hasSize(1);
        ChatMessage m = stored().get(0);
        assertThat(m.clientMsgId()).isEqualTo("msg-" + run);
        assertThat(m.direction()).isEqualTo(Direction.OUT);
        assertThat(m.channel()).isEqualTo("dingtalk");
        assertThat(m.tags()).extracting(TagAssignment::tag).contains("续费");
    }

    @Test
    void theInboxHandlerTagsAndStillAnswersLikeTheEngine() {
        link();
        assertThat(handler).as("tagging is a step of the engine's middleware, not a @Primary override")
                .isInstanceOf(com.salesbot.bot.wiring.EngineInboundHandler.class);
        var replies = handler.handle(groupText("goal-" + run, staffId, group, "我的目标", true));
        var engineAlone = engine.handle(groupText("goal2-" + run, staffId, "unlinked-" + run, "我的目标", true));

        assertThat(replies).isNotEmpty().hasSameSizeAs(engineAlone);
        assertThat(replies.get(0).recipient()).isEqualTo(engineAlone.get(0).recipient());
        assertThat(stored()).extracting(ChatMessage::clientMsgId).containsExactly("goal-" + run);
    }

    @Test
    void someoneElseInTheGroupIsTheCustomerTalkingToTheOwner() {
        link();
        handler.handle(groupText("in-" + run, "customer-staff-" + run, group, "你们这个系统太贵了，能便宜点吗", true));

        assertThat(stored()).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo(Direction.IN);
            assertThat(m.repId()).isEqualTo(rep);
        });
    }

    @Test
    void unlinkedGroupsSingleChatsAndUnlinkedGroupsAreNotTagged() {
        handler.handle(groupText("a-" + run, staffId, group, "续费合同今天发您", true)); // not linked yet
        link();
        handler.handle(groupText("b-" + run, staffId, group, "续费合同今天发您", false)); // single chat
        handler.handle(groupText("c-" + run, staffId, "other-" + run, "续费合同今天发您", true));
        handler.handle(groupText("d-" + run, staffId, null, "续费合同今天发您", true));
        assertThat(stored()).isEmpty();

        client.toBlocking().exchange(HttpRequest.DELETE("/api/groups/" + URLEncoder.encode(group,
                StandardCharsets.UTF_8)).bearerAuth(TOKEN));
        handler.handle(groupText("e-" + run, staffId, group, "续费合同今天发您", true));
        assertThat(stored()).isEmpty();
    }
}

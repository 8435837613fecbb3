package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.model.Customer;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * R16 write-back end to end with WeCom on: a customer message ingested through the API is tagged, the tags become an
 * outbox row, and the pump delivers it as add_corp_tag + mark_tag on the WeCom fake, in the configured tag group.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagWriteBackE2eTest implements TestPropertyProvider {
    static final String TOKEN = "write-back-token";
    private static final String DB = E2eOrg.memoryDatabase("e2e_writeback");
    private static final String MARK = "/cgi-bin/externalcontact/mark_tag";
    private final FakeWecomServer fake = startFake();

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", DB,
                "wecom.corp-id", FakeWecomServer.CORP,
                "wecom.agent-id", Integer.toString(FakeWecomServer.AGENT),
                "wecom.secret", FakeWecomServer.SECRET,
                "wecom.token", "tok",
                "wecom.aes-key", Vectors.A_KEY,
                "wecom.api-base-url", fake.baseUrl(),
                "wecom.tag-group", "会话场景",
                "salesbot.api-token", TOKEN,
                "salesbot.pump.interval", "200ms");
    }

    @BeforeAll
    void seed() {
        E2eOrg.seed(org, customers);
        customers.save(new Customer("wb-c1", "回写客户", E2eOrg.REP, "wmWriteBack1", "制造业", "A", 0, false));
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    void aTaggedCustomerMessageIsMarkedOnTheWecomContactThroughTheOutbox() {
        client.toBlocking().retrieve(HttpRequest.POST("/api/conversations", Map.of("messages", List.of(
                Map.of("clientMsgId", "wb-1", "channel", "phone", "repId", E2eOrg.REP, "customerId", "wb-c1",
                        "direction", "IN", "sentAt", 1_780_000_000_000L,
                        "text", "我们的合同下个月就到期了，续约的流程怎么走")))).bearerAuth(TOKEN), String.class);

        Await.until("mark_tag at the WeCom fake", () -> !fake.requests(MARK).isEmpty());
        var mark = fake.requests(MARK).get(0).json();
        assertThat(mark.get("userid").getAsString()).isEqualTo(E2eOrg.WECOM_USER);
        assertThat(mark.get("external_userid").getAsString()).isEqualTo("wmWriteBack1");
        assertThat(fake.tagIds("会话场景")).containsKey("续费");
        assertThat(fake.violations()).isEmpty();
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

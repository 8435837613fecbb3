package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/design.md, message life cycle: a callback is recorded before it is acknowledged, so one acknowledged by an instance that stopped
 * before processing it is answered after a restart, exactly once, from the same database (the embedded H2 file).
 */
class RestartE2eTest {
    private static final String SEND = "/cgi-bin/message/send";

    @TempDir
    Path dir;

    @Test
    void aCallbackAcknowledgedBeforeAStopIsAnsweredOnceAfterTheRestart() throws Exception {
        String db = E2eOrg.fileDatabase(dir.resolve("salesbot"));
        try (FakeWecomServer fake = new FakeWecomServer()) {
            Map<String, Object> props = new HashMap<>();
            props.put("datasources.default.url", db);
            props.put("wecom.corp-id", FakeWecomServer.CORP);
            props.put("wecom.agent-id", Integer.toString(FakeWecomServer.AGENT));
            props.put("wecom.secret", FakeWecomServer.SECRET);
            props.put("wecom.token", WecomCallbacks.TOKEN);
            props.put("wecom.aes-key", Vectors.A_KEY);
            props.put("wecom.api-base-url", fake.baseUrl());
            props.put("salesbot.pump.interval", "200ms");
            String xml = WecomCallbacks.text(FakeWecomServer.CORP, E2eOrg.WECOM_USER, "帮助", 8_800_000_000_001L,
                    System.currentTimeMillis() / 1000);
            WecomCallbacks.Delivery delivery;

            try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, props, PausedInboxFactory.ENV)) {
                ApplicationContext ctx = first.getApplicationContext();
                E2eOrg.seed(ctx.getBean(OrgStore.class), ctx.getBean(CustomerStore.class));
                delivery = callbacks(first).deliver(xml);

                assertThat(delivery.post().status()).isEqualTo(200);
                Await.settle(Duration.ofMillis(1_000));
                assertThat(ctx.getBean(InboxStore.class).countPending()).isEqualTo(1);
                assertThat(fake.requests(SEND)).as("the first instance stopped before answering").isEmpty();
            }

            try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, props)) {
                Await.until("the reply after the restart", () -> fake.requests(SEND).size() == 1);
                // WeCom, having had no answer yet from the user's point of view, may still retry: not a second reply
                WecomCallbacks.Delivery retry = new WecomCallbacks.Delivery(
                        second.getURI().resolve(delivery.uri().getRawPath() + "?" + delivery.uri().getRawQuery()),
                        delivery.body());
                assertThat(retry.post().status()).isEqualTo(200);
                Await.settle(Duration.ofMillis(1_500));

                assertThat(fake.requests(SEND)).hasSize(1);
                assertThat(fake.requests(SEND).get(0).json().get("touser").getAsString())
                        .isEqualTo(E2eOrg.WECOM_USER);
                assertThat(fake.requests(SEND).get(0).text()).contains("我能帮你做这些");
                assertThat(second.getApplicationContext().getBean(InboxStore.class).countPending()).isZero();
                assertThat(new InboxRows(db).countWithStatus("wecom", "DONE")).isEqualTo(1);
            }
        }
    }

    private static WecomCallbacks callbacks(EmbeddedServer server) {
        return new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }
}

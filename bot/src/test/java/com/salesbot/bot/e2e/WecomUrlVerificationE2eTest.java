package com.salesbot.bot.e2e;

import static com.salesbot.adapters.wecom.support.Vectors.A_CORP;
import static com.salesbot.adapters.wecom.support.Vectors.A_ECHOSTR;
import static com.salesbot.adapters.wecom.support.Vectors.A_GET_NONCE;
import static com.salesbot.adapters.wecom.support.Vectors.A_GET_SIG;
import static com.salesbot.adapters.wecom.support.Vectors.A_GET_TS;
import static com.salesbot.adapters.wecom.support.Vectors.A_KEY;
import static com.salesbot.adapters.wecom.support.Vectors.A_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WeCom's official test vector A through the running bot, with the bot's clock set to the vector's time. */
@MicronautTest(environments = SettableClock.ENV, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WecomUrlVerificationE2eTest implements TestPropertyProvider {
    /** decrypt(A_ECHOSTR) according to WeCom's documentation (vector A in docs/platforms.md). */
    private static final String ECHO_PLAIN = "1616140317555161061";
    private static final String DB = E2eOrg.memoryDatabase("e2e_vector");

    private final FakeWecomServer fake = startFake();

    @Inject
    EmbeddedServer server;
    @Inject
    SettableClock clock;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("datasources.default.url", DB,
                "wecom.corp-id", A_CORP,
                "wecom.agent-id", "218",
                "wecom.secret", "unused-secret",
                "wecom.token", A_TOKEN,
                "wecom.aes-key", A_KEY,
                "wecom.api-base-url", fake.baseUrl());
    }

    @AfterAll
    void stopFake() {
        fake.close();
    }

    @Test
    void urlVerificationAnswersTheDecryptedEchostrAsPlainText() {
        clock.set(Instant.ofEpochSecond(Long.parseLong(A_GET_TS)));

        Http.Answer answer = Http.get(callbacks().uri(A_GET_SIG, A_GET_TS, A_GET_NONCE, A_ECHOSTR));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(ECHO_PLAIN);
    }

    /** The verifier's window is 300 s either side of the bot's clock. */
    @ParameterizedTest
    @CsvSource({"-300, 200", "300, 200", "-301, 403", "301, 403"})
    void urlVerificationHonoursTheTimestampWindowOnBothSides(long offsetSeconds, int status) {
        clock.set(Instant.ofEpochSecond(Long.parseLong(A_GET_TS) + offsetSeconds));

        Http.Answer answer = Http.get(callbacks().uri(A_GET_SIG, A_GET_TS, A_GET_NONCE, A_ECHOSTR));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().contains(ECHO_PLAIN)).isEqualTo(status == 200);
    }

    @Test
    void aWrongSignatureOnTheVectorIs401() {
        clock.set(Instant.ofEpochSecond(Long.parseLong(A_GET_TS)));
        String forged = "0" + A_GET_SIG.substring(1);

        Http.Answer answer = Http.get(callbacks().uri(forged, A_GET_TS, A_GET_NONCE, A_ECHOSTR));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain(ECHO_PLAIN);
    }

    @Test
    void theOfficialEncryptedMessageIsAcceptedAndRecordedOnce() {
        clock.set(Instant.ofEpochSecond(Long.parseLong(Vectors.A_POST_TS)));
        InboxRows inbox = new InboxRows(DB);
        WecomCallbacks.Delivery vector = new WecomCallbacks.Delivery(
                callbacks().uri(Vectors.A_POST_SIG, Vectors.A_POST_TS, Vectors.A_POST_NONCE, null), Vectors.A_BODY);

        assertThat(vector.post().status()).isEqualTo(200);
        assertThat(vector.post().status()).isEqualTo(200);

        assertThat(inbox.count("wecom")).isEqualTo(1);
    }

    private WecomCallbacks callbacks() {
        return new WecomCallbacks(server.getURI(), A_CORP, A_TOKEN, A_KEY);
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

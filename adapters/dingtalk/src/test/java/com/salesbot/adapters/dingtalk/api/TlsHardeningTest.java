package com.salesbot.adapters.dingtalk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.fake.SelfSignedCertificate;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both SDKs must refuse an HTTPS server whose certificate nobody trusts. */
class TlsHardeningTest {
    private static SSLContext tls;
    private HttpsServer server;
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeAll
    static void makeSelfSignedCertificate() throws Exception {
        tls = SelfSignedCertificate.serverContext();
    }

    @BeforeEach
    void startSelfSignedServer() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = ("{\"errcode\":0,\"media_id\":\"@lAx\",\"accessToken\":\"t\",\"expireIn\":7200}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        DingtalkSdkHardening.apply();
    }

    private DingtalkSettings settings() {
        String url = "https://localhost:" + server.getAddress().getPort();
        return new DingtalkSettings("appKey1", "appSecret1", null, 1L, url, url, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void oldSdkRefusesAnUntrustedCertificateOnceHardened() {
        DingtalkOapi oapi = new DingtalkOapi(settings());

        assertThatThrownBy(() -> oapi.uploadImage("secret-token", "a.png", new byte[] {1}))
                .isInstanceOfSatisfying(DingtalkApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(DingtalkFailure.TRANSIENT);
                    assertThat(e.getMessage()).doesNotContain("secret-token");
                });
        assertThat(hits).hasValue(0);
    }

    @Test
    void controlTheOldSdkDefaultsWouldHaveTrustedIt() {
        DingtalkOapi oapi = new DingtalkOapi(settings());
        com.taobao.api.internal.util.WebV2Utils.setIgnoreSSLCheck(true);
        com.taobao.api.internal.util.WebV2Utils.setIgnoreHostCheck(true);
        com.taobao.api.internal.util.WebUtils.setIgnoreSSLCheck(true);
        com.taobao.api.internal.util.WebUtils.setIgnoreHostCheck(true);

        assertThat(oapi.uploadImage("token", "a.png", new byte[] {1})).isEqualTo("@lAx");
        assertThat(hits).hasValue(1);
    }

    @Test
    void newSdkRefusesAnUntrustedCertificate() {
        DingtalkOpenApi openApi = new DingtalkOpenApi(settings());

        assertThatThrownBy(openApi::fetchAccessToken)
                .isInstanceOfSatisfying(DingtalkApiException.class,
                        e -> assertThat(e.failure()).isEqualTo(DingtalkFailure.TRANSIENT));
        assertThat(hits).hasValue(0);
    }
}

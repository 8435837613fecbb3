package com.salesbot.adapters.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.send.MemberRateLimit;
import com.salesbot.adapters.wecom.send.WecomImageUploader;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.adapters.wecom.send.WecomSender;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedTokenConfigStorageTest {
    private static final String KEY = "wecom:access-token:" + FakeWecomServer.CORP + ":" + FakeWecomServer.AGENT;
    private WecomFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private WecomSender senderFor(WxCpService cp) {
        return new WecomSender(cp, new WecomMessageRenderer(FakeWecomServer.AGENT, "销售助手"),
                new MemberRateLimit(limits -> Duration.ZERO, FakeWecomServer.CORP, FakeWecomServer.AGENT),
                new WecomImageUploader(cp));
    }

    @Test
    void tokenIsStoredPerCorpAndAgentWithTwoHundredSecondsMargin() {
        f.sender.send("rep001", new TextMessage("x"));
        assertThat(f.kv.get(KEY)).isPresent();
        assertThat(f.kv.lastTtl.get(KEY)).isEqualTo(Duration.ofSeconds(7200 - 200));
        assertThat(((SharedTokenConfigStorage) f.cp.getWxCpConfigStorage()).tokenKey()).isEqualTo(KEY);
    }

    @Test
    void tokenIsReusedUntilItsTtlAndRefetchedAfter() {
        f.sender.send("rep001", new TextMessage("1"));
        f.clock.advance(Duration.ofSeconds(6999));
        f.sender.send("rep001", new TextMessage("2"));
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(1);
        f.clock.advance(Duration.ofSeconds(1));
        f.sender.send("rep001", new TextMessage("3"));
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(2);
    }

    @Test
    void anApiCallReadsTheSharedTokenOnce() {
        f.sender.send("rep001", new TextMessage("fetches the token"));
        f.kv.reads.clear();
        f.sender.send("rep001", new TextMessage("uses it"));
        // WxJava checks for expiry, then asks for the token: the second question is answered by the first read
        assertThat(f.kv.reads.get(KEY)).hasValue(1);
        assertThat(f.fake.requests("/cgi-bin/message/send").get(1).query().get("access_token"))
                .isEqualTo(f.kv.get(KEY).orElseThrow());
    }

    @Test
    void aSecondInstanceUsesTheTokenTheFirstFetched() {
        f.sender.send("rep001", new TextMessage("from instance A"));
        WecomSender instanceB = senderFor(f.newClient());
        assertThat(instanceB.send("rep002", new TextMessage("from instance B"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(1);
        List<FakeWecomServer.Request> sends = f.fake.requests("/cgi-bin/message/send");
        assertThat(sends.get(1).query().get("access_token")).isEqualTo(sends.get(0).query().get("access_token"));
    }

    @Test
    void concurrentCallsOnTwoInstancesFetchOneToken() throws Exception {
        f.fake.gettokenDelay(300);
        List<WecomSender> senders = List.of(f.sender, senderFor(f.newClient()));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                WecomSender s = senders.get(i % 2);
                String user = "rep" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return s.send(user, new TextMessage("并发"));
                }));
            }
            start.countDown();
            for (Future<SendResult> r : results) {
                assertThat(r.get()).isEqualTo(new SendResult.Sent());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.fake.requests("/cgi-bin/gettoken")).hasSize(1);
        assertThat(f.fake.requests("/cgi-bin/message/send")).hasSize(6);
    }

    @Test
    void anotherAgentHasItsOwnToken() {
        f.sender.send("rep001", new TextMessage("x"));
        var other = new SharedTokenConfigStorage(f.kv, f.locks);
        other.setCorpId(FakeWecomServer.CORP);
        other.setAgentId(1000003);
        assertThat(other.tokenKey()).isNotEqualTo(KEY);
        assertThat(other.isAccessTokenExpired()).isTrue();
        assertThat(other.getAccessToken()).isNull();
    }

    @Test
    void expiringTheTokenDropsItForEveryInstance() {
        f.sender.send("rep001", new TextMessage("x"));
        WxCpService b = f.newClient();
        assertThat(b.getWxCpConfigStorage().isAccessTokenExpired()).isFalse();
        f.cp.getWxCpConfigStorage().expireAccessToken();
        assertThat(b.getWxCpConfigStorage().isAccessTokenExpired()).isTrue();
    }

    @Test
    void factoryPointsTheClientAtTheConfiguredBaseUrlAndNeedsASecret() {
        assertThat(f.cp.getWxCpConfigStorage().getApiUrl("/cgi-bin/gettoken"))
                .isEqualTo(f.fake.baseUrl() + "/cgi-bin/gettoken");
        WecomSettings noSecret = new WecomSettings("ww1", 1, " ", "t", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", null);
        assertThat(noSecret.apiBaseUrl()).isEqualTo("https://qyapi.weixin.qq.com");
        assertThatThrownBy(() -> new WecomClientFactory(f.kv, f.locks).create(noSecret))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsNeverPrintSecrets() {
        assertThat(f.settings.toString()).doesNotContain(FakeWecomServer.SECRET).doesNotContain("cbtoken")
                .doesNotContain(f.settings.aesKey()).contains(FakeWecomServer.CORP);
        assertThatThrownBy(() -> new WecomSettings("ww1", 1, "s", "t", "short", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
    }
}

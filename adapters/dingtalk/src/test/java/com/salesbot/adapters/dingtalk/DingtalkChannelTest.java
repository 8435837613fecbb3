package com.salesbot.adapters.dingtalk;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.messaging.CallbackVerification;
import com.salesbot.adapters.dingtalk.fake.FakeDingtalkServer;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.testdata.MutableClock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The wired channel end to end: a signed callback in, a reply out through the fake API. */
class DingtalkChannelTest {
    @Test
    void signedCallbackInReplyOut() throws Exception {
        long now = 1_790_000_000_000L;
        MutableClock clock = new MutableClock(now, ZoneId.of("UTC"));
        try (FakeDingtalkServer fake = new FakeDingtalkServer()) {
            fake.byDefault("/v1.0/oauth2/accessToken", 200, "{\"accessToken\":\"t1\",\"expireIn\":7200}")
                    .byDefault("/v1.0/robot/oToMessages/batchSend", 200, "{\"processQueryKey\":\"q\"}");
            DingtalkSettings settings = DingtalkSettings.of("appKey1", "this is a secret", null, null, null)
                    .withBaseUrls(fake.baseUrl(), fake.baseUrl());
            DingtalkChannel channel = DingtalkChannel.create(settings, new InMemoryKeyValueStore(clock),
                    new InMemoryLockService(clock), clock);

            String ts = Long.toString(now - 1000);
            var verdict = channel.verifier().verify(ts, channel.verifier().sign(ts), Payloads.read("robot-text-single.json"));
            var accepted = (CallbackVerification.Accepted) verdict;
            var message = channel.decoder().decode(accepted.payload());
            SendResult reply = channel.sender().send(message.senderPlatformId(), new TextMessage("收到：" + message.text()));

            assertThat(message.kind()).isEqualTo(InboundKind.TEXT);
            assertThat(reply).isEqualTo(new SendResult.Sent());
            assertThat(fake.requests("/v1.0/robot/oToMessages/batchSend").get(0).bodyText())
                    .contains("\"robotCode\":\"appKey1\"").contains("032615015535634423").contains("收到：你好");
        }
    }
}

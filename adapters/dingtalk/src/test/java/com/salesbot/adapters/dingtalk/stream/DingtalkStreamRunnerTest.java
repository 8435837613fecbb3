package com.salesbot.adapters.dingtalk.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.Payloads;
import com.salesbot.adapters.dingtalk.fake.FakeStreamGateway;
import com.salesbot.adapters.dingtalk.fake.SelfSignedCertificate;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real Stream client against a local gateway: open-connection call, TLS WebSocket, pushed frames, acks. */
class DingtalkStreamRunnerTest {
    private static String frame(String topic, String messageId, String data) {
        JsonObject headers = new JsonObject();
        headers.addProperty("topic", topic);
        headers.addProperty("messageId", messageId);
        headers.addProperty("contentType", "application/json");
        headers.addProperty("time", "1774080994334");
        JsonObject frame = new JsonObject();
        frame.addProperty("specVersion", "1.0");
        frame.addProperty("type", "CALLBACK");
        frame.add("headers", headers);
        frame.addProperty("data", data);
        return frame.toString();
    }

    @Test
    void robotMessagesAndCardClicksArriveAndAreAcked() throws Exception {
        String robot = JsonParser.parseString(Payloads.read("robot-text-single.json")).toString();
        String card = JsonParser.parseString(Payloads.read("card-callback.json")).toString();
        List<String> sink = new CopyOnWriteArrayList<>();
        Map<String, String> saved = Map.of(
                "javax.net.ssl.trustStore", System.getProperty("javax.net.ssl.trustStore", ""),
                "javax.net.ssl.trustStorePassword", System.getProperty("javax.net.ssl.trustStorePassword", ""),
                "javax.net.ssl.trustStoreType", System.getProperty("javax.net.ssl.trustStoreType", ""));
        System.setProperty("javax.net.ssl.trustStore", SelfSignedCertificate.keystore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", SelfSignedCertificate.PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try (FakeStreamGateway gateway = new FakeStreamGateway(List.of(
                frame("/v1.0/im/bot/messages/get", "mid-1", robot),
                frame("/v1.0/card/instances/callback", "mid-2", card)))) {
            DingtalkSettings settings = DingtalkSettings.of("appKey1", "appSecret1", null, null, null);
            OpenDingTalkStreamClientBuilder builder = DingtalkStreamRunner.builder(settings, sink::add);
            Method host = OpenDingTalkStreamClientBuilder.class.getDeclaredMethod("openApiHost", String.class);
            host.setAccessible(true);
            host.invoke(builder, gateway.openApiHost());

            try (DingtalkStreamRunner runner = new DingtalkStreamRunner(builder.build())) {
                runner.start();
                assertThat(gateway.awaitClientFrames(2, 30, TimeUnit.SECONDS)).as("two acks").isTrue();
            }

            JsonObject open = JsonParser.parseString(gateway.openRequests().get(0)).getAsJsonObject();
            assertThat(open.get("clientId").getAsString()).isEqualTo("appKey1");
            assertThat(open.get("clientSecret").getAsString()).isEqualTo("appSecret1");
            assertThat(open.getAsJsonArray("subscriptions").toString())
                    .contains("/v1.0/im/bot/messages/get").contains("/v1.0/card/instances/callback");
            assertThat(sink).containsExactlyInAnyOrder(robot, card);
            List<JsonObject> acks = gateway.clientFrames().stream()
                    .map(text -> JsonParser.parseString(text).getAsJsonObject()).toList();
            assertThat(acks).allSatisfy(ack -> assertThat(ack.get("code").getAsInt()).isEqualTo(200));
            assertThat(acks).extracting(ack -> ack.getAsJsonObject("headers").get("messageId").getAsString())
                    .containsExactlyInAnyOrder("mid-1", "mid-2");
        } finally {
            saved.forEach((name, value) -> {
                if (value.isEmpty()) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }
}

package com.salesbot.adapters.dingtalk.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.dingtalk.open.app.api.callback.CallbackCommandExecutor;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.CommandType;
import com.dingtalk.open.app.stream.protocol.DefaultProtocolRequestFacade;
import com.dingtalk.open.app.stream.protocol.ProtocolRequest;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.Payloads;
import com.salesbot.adapters.dingtalk.inbound.DingtalkEventIds;
import com.salesbot.adapters.dingtalk.inbound.DingtalkInboundDecoder;
import com.salesbot.core.messaging.InboundKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Drives the SDK's own callback dispatcher (type detection, JSON conversion, ack wrapping) with recorded frames,
 * without sockets.
 */
class StreamListenersTest {
    private final List<String> recorded = new CopyOnWriteArrayList<>();

    private static final class CapturingContext implements Context {
        private final ProtocolRequestFacade request;
        private final List<Object> replies = new ArrayList<>();
        private final List<Throwable> errors = new ArrayList<>();

        CapturingContext(String topic, String data) {
            ProtocolRequest protocolRequest = new ProtocolRequest();
            protocolRequest.setSpecVersion("1.0");
            protocolRequest.setType(CommandType.CALLBACK);
            protocolRequest.setHeaders(Map.of("topic", topic, "messageId", "mid-1", "contentType", "application/json",
                    "time", "1774080994334"));
            protocolRequest.setData(data);
            this.request = new DefaultProtocolRequestFacade(protocolRequest);
        }

        @Override
        public void replay(Object response) {
            replies.add(response);
        }

        @Override
        public void exception(Throwable error) {
            errors.add(error);
        }

        @Override
        public String connectionId() {
            return "conn-1";
        }

        @Override
        public ProtocolRequestFacade getRequest() {
            return request;
        }
    }

    private CallbackCommandExecutor executor() {
        CallbackCommandExecutor executor = new CallbackCommandExecutor();
        executor.register(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, new BotMessageListener(recorded::add));
        executor.register(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, new CardCallbackListener(recorded::add));
        return executor;
    }

    @Test
    void robotMessageReachesTheSinkAsRawJsonAndIsAcked() {
        String payload = Payloads.read("robot-text-single.json");
        CapturingContext context = new CapturingContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, payload);

        executor().execute(context);

        assertThat(context.errors).isEmpty();
        assertThat(context.replies).hasSize(1);
        assertThat(recorded).hasSize(1);
        var decoded = new DingtalkInboundDecoder(Clock.systemUTC()).decode(recorded.get(0));
        assertThat(decoded.text()).isEqualTo("你好");
        // fields the SDK's ChatbotMessage model lacks survive because the listener takes a String
        assertThat(recorded.get(0)).contains("\"robotCode\"").contains("dingf0apw4ibx5u5ktba");
        assertThat(DingtalkEventIds.of(recorded.get(0))).isEqualTo("msgBjXREkdlZkfTfrIiQomjAw==");
    }

    @Test
    void cardClickReachesTheSinkAndIsAcked() {
        String payload = Payloads.read("card-callback.json");
        CapturingContext context = new CapturingContext(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, payload);

        executor().execute(context);

        assertThat(context.errors).isEmpty();
        assertThat(context.replies).hasSize(1);
        var decoded = new DingtalkInboundDecoder(Clock.systemUTC()).decode(recorded.get(0));
        assertThat(decoded.kind()).isEqualTo(InboundKind.CARD_ACTION);
        assertThat(decoded.actionKey()).isEqualTo("demo_booked");
    }

    @Test
    void aFailingSinkIsNotAckedSoDingtalkRedelivers() {
        CallbackCommandExecutor executor = new CallbackCommandExecutor();
        executor.register(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, new BotMessageListener(raw -> {
            throw new IllegalStateException("inbox down");
        }));
        CapturingContext context = new CapturingContext(DingTalkStreamTopics.BOT_MESSAGE_TOPIC,
                Payloads.read("robot-text-single.json"));

        executor.execute(context);

        assertThat(context.replies).isEmpty();
        assertThat(context.errors).hasSize(1);
    }

    @Test
    void listenersRejectEmptyPayloads() {
        var bot = new BotMessageListener(recorded::add);
        var card = new CardCallbackListener(recorded::add);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bot.execute(" ")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> card.execute(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(recorded).isEmpty();
    }

    @Test
    void runnerBuildsWithoutConnecting() {
        var settings = DingtalkSettings.of("appKey1", "appSecret1", null, null, null);
        try (var runner = new DingtalkStreamRunner(settings, recorded::add)) {
            runner.stop(); // not started: a no-op
        }
        assertThat(recorded).isEmpty();
    }
}

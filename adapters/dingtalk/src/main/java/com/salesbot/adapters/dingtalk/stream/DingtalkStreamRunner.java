package com.salesbot.adapters.dingtalk.stream;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import java.util.function.Consumer;

/**
 * Stream mode (outbound WSS, no public callback URL): subscribes to robot messages and card clicks and hands
 * each raw JSON payload to {@code sink} on the SDK's consumer thread. The sink records it (inbox) and returns;
 * the SDK acks on return. Payloads are the same JSON as the HTTP callback bodies, so
 * {@code DingtalkInboundDecoder} and {@code DingtalkEventIds} apply unchanged.
 * <p>
 * {@link #start()} does not block and never fails on connection problems (the SDK retries every 5 s and only
 * logs); {@link #stop()} closes the connection. The SDK's static Netty threads outlive stop().
 */
public final class DingtalkStreamRunner implements AutoCloseable {
    private final OpenDingTalkClient client;
    private boolean started;

    public DingtalkStreamRunner(DingtalkSettings settings, Consumer<String> sink) {
        this(builder(settings, sink).build());
    }

    DingtalkStreamRunner(OpenDingTalkClient client) {
        this.client = client;
    }

    /** The configured SDK builder; package-private so tests can point it at a local gateway. */
    static OpenDingTalkStreamClientBuilder builder(DingtalkSettings settings, Consumer<String> sink) {
        return OpenDingTalkStreamClientBuilder.custom()
                .credential(new AuthClientCredential(settings.appKey(), settings.appSecret()))
                .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, new BotMessageListener(sink))
                .registerCallbackListener(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, new CardCallbackListener(sink));
    }

    public synchronized void start() {
        if (started) {
            return;
        }
        try {
            client.start();
            started = true;
        } catch (Exception e) {
            throw new IllegalStateException("DingTalk stream client failed to start: " + e.getClass().getSimpleName(), e);
        }
    }

    public synchronized void stop() {
        if (!started) {
            return;
        }
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DingTalk stream client failed to stop: " + e.getClass().getSimpleName(), e);
        } finally {
            started = false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}

package com.salesbot.adapters.dingtalk.stream;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Stream listener for robot messages (topic {@code /v1.0/im/bot/messages/get}). A named class typed
 * {@code <String, Void>} on purpose: the SDK's lambda type detection breaks on class names containing "L", and
 * a String request keeps the raw JSON (with robotCode and the other fields the SDK model lacks).
 * <p>
 * The SDK acks when this returns, so the sink must only record the payload (inbox insert) and return; if it
 * throws, the SDK answers 500 and DingTalk redelivers.
 */
public final class BotMessageListener implements OpenDingTalkCallbackListener<String, Void> {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<String> sink;

    public BotMessageListener(Consumer<String> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public Void execute(String rawJson) {
        if (rawJson == null || rawJson.isBlank()) {
            throw new IllegalArgumentException("empty robot message");
        }
        sink.accept(rawJson);
        return null;
    }
}

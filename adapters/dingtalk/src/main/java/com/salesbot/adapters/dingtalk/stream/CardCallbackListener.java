package com.salesbot.adapters.dingtalk.stream;

import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Stream listener for interactive-card clicks (topic {@code /v1.0/card/instances/callback}), typed
 * {@code <String, Map>} for the same reasons as {@link BotMessageListener}. It records the raw JSON and answers
 * with an empty response (no immediate card change); the bot updates the card through
 * {@code DingtalkSender.updateCard} once the click is processed.
 */
public final class CardCallbackListener implements OpenDingTalkCallbackListener<String, Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<String> sink;

    public CardCallbackListener(Consumer<String> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public Map<String, Object> execute(String rawJson) {
        if (rawJson == null || rawJson.isBlank()) {
            throw new IllegalArgumentException("empty card callback");
        }
        sink.accept(rawJson);
        return Map.of();
    }
}

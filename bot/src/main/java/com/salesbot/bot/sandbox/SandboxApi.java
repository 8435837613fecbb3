package com.salesbot.bot.sandbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Request and response bodies of the sandbox JSON API (/sandbox/api). */
public final class SandboxApi {
    private SandboxApi() {
    }

    /** Someone of the company the page can act as. */
    @Serdeable
    public record Person(String id, String name, String role, String roleLabel, @Nullable String teamName) {
    }

    @Serdeable
    public record CustomerItem(String id, String name) {
    }

    /** Typed text from {@code as} (a rep id). */
    @Serdeable
    public record MessageRequest(String as, String text) {
    }

    /** A tap on button {@code actionKey} of the card with {@code promptId}. */
    @Serdeable
    public record ActionRequest(String as, String promptId, String actionKey) {
    }

    /** A call of {@code as} with customer {@code customerId} (may be null) just ended. */
    @Serdeable
    public record CallEndedRequest(String as, @Nullable String customerId, int durationSeconds) {
    }

    /** 模拟一段客户聊天: {@code as} chats with customer {@code customerId}. */
    @Serdeable
    public record ChatSimulationRequest(String as, String customerId) {
    }

    /**
     * The simulated chat (epoch ms of its first and last message, messages stored) and what the closing pass did:
     * conversations closed, CHAT touches made, R2 prompts queued.
     */
    @Serdeable
    public record ChatSimulated(long startedAt, long endedAt, int messages, int touches, int prompted) {
    }

    /** Accepted: the event went into the inbox and will be answered through the outbox. */
    @Serdeable
    public record Accepted(String eventId) {
    }

    @Serdeable
    public record CallEnded(long touchId) {
    }

    /** New or changed entries since {@code after}; poll again with {@code after = last}. */
    @Serdeable
    public record Messages(List<SandboxDelivery> items, long last) {
    }
}

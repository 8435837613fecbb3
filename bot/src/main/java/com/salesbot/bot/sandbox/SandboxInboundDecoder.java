package com.salesbot.bot.sandbox;

import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.InboundDecoder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/** Reads a {@link SandboxPayload} from the inbox back into a channel-neutral message for the engine. */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxInboundDecoder implements InboundDecoder {
    private final JsonMapper json;

    public SandboxInboundDecoder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String channel() {
        return SandboxSender.CHANNEL;
    }

    @Override
    public InboundMessage decode(String payload) {
        SandboxPayload p = read(payload);
        if (p == null || p.as() == null || p.as().isBlank() || p.eventId() == null) {
            throw new IllegalArgumentException("not a sandbox payload: missing as/eventId");
        }
        return switch (p.type() == null ? "" : p.type()) {
            case SandboxPayload.TEXT -> new InboundMessage(channel(), p.eventId(), p.as(), InboundKind.TEXT,
                    p.text() == null ? "" : p.text().strip(), null, null, List.of(), null, null, false, p.at());
            case SandboxPayload.ACTION -> {
                if (p.promptId() == null || p.actionKey() == null) {
                    throw new IllegalArgumentException("sandbox action without promptId/actionKey");
                }
                yield new InboundMessage(channel(), p.eventId(), p.as(), InboundKind.CARD_ACTION, null, p.promptId(),
                        p.actionKey(), List.of(p.actionKey()), null, null, false, p.at());
            }
            default -> throw new IllegalArgumentException("unknown sandbox payload type: " + p.type());
        };
    }

    private SandboxPayload read(String payload) {
        try {
            return json.readValue(payload, SandboxPayload.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable sandbox payload: " + e.getClass().getSimpleName());
        }
    }
}

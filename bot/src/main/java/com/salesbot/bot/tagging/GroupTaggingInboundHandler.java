package com.salesbot.bot.tagging;

import com.salesbot.bot.wiring.EngineInboundHandler;
import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outbound;
import com.salesbot.core.usecase.IngestGroupMessage;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The inbound handler the inbox uses: stores and tags customer-group messages ({@link IngestGroupMessage}),
 * then lets the engine answer exactly as before. Both run in the inbox row's transaction, so a failure retries
 * the message as a whole and the tag is never stored without the engine's replies or the other way round.
 */
@Primary
@Singleton
public class GroupTaggingInboundHandler implements InboundHandler {
    private final EngineInboundHandler engine;
    private final IngestGroupMessage groups;

    public GroupTaggingInboundHandler(EngineInboundHandler engine, IngestGroupMessage groups) {
        this.engine = engine;
        this.groups = groups;
    }

    @Override
    public List<Outbound> handle(InboundMessage message) {
        groups.ingest(message);
        return engine.handle(message);
    }
}

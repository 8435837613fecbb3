package com.salesbot.bot.sandbox;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.usecase.EndSandboxCall;
import com.salesbot.core.usecase.SendMorningDigestNow;
import com.salesbot.core.usecase.SimulateSandboxChat;
import com.salesbot.core.capture.ChatTouchCloser;
import com.salesbot.bot.capture.ChatTouchJob;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * What a person can do in the sandbox, as a real channel: typed text and button taps go through the inbox (like
 * a verified WeCom callback); a finished call ({@link EndSandboxCall}) and the digest on demand
 * ({@link SendMorningDigestNow}) are core's use cases. The pump is nudged so the reply arrives at once.
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxSession {
    static final int MAX_TEXT = 2000;

    private final OrgStore org;
    private final InboxStore inbox;
    private final MessagePump pump;
    private final SandboxMailbox mailbox;
    private final JsonMapper json;
    private final Clock clock;
    private final EndSandboxCall calls;
    private final SendMorningDigestNow digestNow;
    private final SimulateSandboxChat chats;
    private final ChatTouchJob chatTouches;

    public SandboxSession(OrgStore org, InboxStore inbox, MessagePump pump, SandboxMailbox mailbox, JsonMapper json,
                          Clock clock, EndSandboxCall calls, SendMorningDigestNow digestNow,
                          SimulateSandboxChat chats, ChatTouchJob chatTouches) {
        this.chats = chats;
        this.chatTouches = chatTouches;
        this.org = org;
        this.inbox = inbox;
        this.pump = pump;
        this.mailbox = mailbox;
        this.json = json;
        this.clock = clock;
        this.calls = calls;
        this.digestNow = digestNow;
    }

    /** Queues today's digest for every manager, now; returns how many cards were queued. */
    public int digestNow() {
        int cards = digestNow.send(new SendMorningDigestNow.Command(clock.millis()));
        pump.nudge();
        return cards;
    }

    /** Records typed text as an inbox event; returns its event id. */
    public String say(String as, String text) {
        person(as);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
        }
        String eventId = eventId();
        mailbox.addText(as, "me", text.strip(), null);
        record(SandboxPayload.text(as, eventId, text, clock.millis()));
        return eventId;
    }

    /** Records a button tap as an inbox event and marks the button on the card; returns its event id. */
    public String tap(String as, String promptId, String actionKey) {
        person(as);
        if (promptId == null || promptId.isBlank() || actionKey == null || actionKey.isBlank()) {
            throw new IllegalArgumentException("promptId and actionKey are required");
        }
        String eventId = eventId();
        mailbox.markChosen(as, promptId, actionKey);
        record(SandboxPayload.action(as, eventId, promptId, actionKey, clock.millis()));
        return eventId;
    }

    /** A call with a customer just ended: stores the touch and queues its R2 result card. */
    public Touch callEnded(String as, String customerId, int durationSeconds) {
        Rep rep = person(as);
        Touch touch = calls.end(new EndSandboxCall.Command(rep.id(), customerId, durationSeconds));
        pump.nudge();
        return touch;
    }

    /**
     * 模拟一段客户聊天: ingests the canned chat (already idle for the gap) and runs the chat-touch pass now, as the
     * scheduled job would after the gap; the pass nudges the pump when it queued a prompt.
     */
    public SandboxApi.ChatSimulated simulateChat(String as, String customerId) {
        Rep rep = person(as);
        SimulateSandboxChat.Result chat = chats.simulate(rep.id(), customerId);
        ChatTouchCloser.Report report = chatTouches.close();
        return new SandboxApi.ChatSimulated(chat.startedAt(), chat.endedAt(), chat.stored(), report.touches(),
                report.prompted());
    }

    /** The active person behind a sandbox id. */
    public Rep person(String as) {
        if (as == null || as.isBlank()) {
            throw new IllegalArgumentException("as (the rep id to act as) is required");
        }
        return org.findRep(as).filter(Rep::active)
                .orElseThrow(() -> new NoSuchElementException("no active person with id " + as));
    }

    private void record(SandboxPayload payload) {
        try {
            inbox.record(SandboxSender.CHANNEL, payload.eventId(), json.writeValueAsString(payload), payload.at());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pump.nudge();
    }

    private static String eventId() {
        return "sbx-" + UUID.randomUUID();
    }
}

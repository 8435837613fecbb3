package com.salesbot.bot.sandbox;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.OutboxReplies;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.messaging.Outbound;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.push.Push;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * What a person can do in the sandbox, as a real channel: typed text and button taps go through the inbox (like
 * a verified WeCom callback), a finished call becomes a touch whose R2 card goes through the outbox, and the pump
 * is nudged so the reply arrives at once.
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxSession {
    static final int MAX_TEXT = 2000;
    static final int MAX_CALL_SECONDS = 24 * 3600;

    private final OrgStore org;
    private final CustomerStore customers;
    private final TouchStore touches;
    private final InboxStore inbox;
    private final OutboxStore outbox;
    private final OutboundCodec codec;
    private final Transactions transactions;
    private final ConversationEngine engine;
    private final MessagePump pump;
    private final SandboxMailbox mailbox;
    private final JsonMapper json;
    private final Clock clock;
    private final DailyDigest digest;
    private final BusinessCalendar calendar;

    public SandboxSession(OrgStore org, CustomerStore customers, TouchStore touches, InboxStore inbox,
                          OutboxStore outbox, OutboundCodec codec, Transactions transactions,
                          ConversationEngine engine, MessagePump pump, SandboxMailbox mailbox, JsonMapper json,
                          Clock clock, DailyDigest digest, BusinessCalendar calendar) {
        this.org = org;
        this.customers = customers;
        this.touches = touches;
        this.inbox = inbox;
        this.outbox = outbox;
        this.codec = codec;
        this.transactions = transactions;
        this.engine = engine;
        this.pump = pump;
        this.mailbox = mailbox;
        this.json = json;
        this.clock = clock;
        this.digest = digest;
        this.calendar = calendar;
    }

    /**
     * Queues the daily digest of the latest business day up to today for every manager, now (quiet hours do not
     * apply to a button press). Returns how many cards were queued.
     */
    public int digestNow() {
        long now = clock.millis();
        LocalDate day = calendar.dayOf(now);
        for (int i = 0; i < 14 && !calendar.isBusinessDay(day); i++) {
            day = day.minusDays(1);
        }
        List<Push> pushes = digest.pushes(day);
        for (Push p : pushes) {
            outbox.enqueue(p.channel(), p.recipient(), codec.encode(Outbound.send(p.channel(), p.recipient(),
                    p.message())), "sandbox-now:" + now + ":" + p.dedupeKey(), now);
        }
        pump.nudge();
        return pushes.size();
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
        if (durationSeconds < 0 || durationSeconds > MAX_CALL_SECONDS) {
            throw new IllegalArgumentException("durationSeconds must be between 0 and " + MAX_CALL_SECONDS);
        }
        if (customerId != null && customers.find(customerId).isEmpty()) {
            throw new NoSuchElementException("unknown customer " + customerId);
        }
        long now = clock.millis();
        Touch touch = transactions.inTransaction(() -> {
            Touch stored = touches.insert(new Touch(0, rep.id(), customerId, TouchKind.CALL,
                    now - durationSeconds * 1000L, durationSeconds, null, null, 0, SandboxSender.CHANNEL, null));
            List<Reply> replies = engine.promptForTouch(stored);
            for (int i = 0; i < replies.size(); i++) {
                Reply r = replies.get(i);
                new OutboxReplies(outbox, codec).enqueue(r, "sandbox-touch:" + stored.id() + ":" + i, now);
            }
            return stored;
        });
        pump.nudge();
        return touch;
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

package com.salesbot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.chat.port.ApplicationNote;
import com.salesbot.core.chat.port.Comparison;
import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.chat.port.TargetHealth;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.checkin.CheckinFeature;
import com.salesbot.core.feature.compare.CompareFeature;
import com.salesbot.core.feature.help.HelpFeature;
import com.salesbot.core.feature.lead.LeadFeature;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.feature.target.TargetFeature;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An engine over in-memory ports and a hand-moved clock, talked to as the WeCom channel would: people send
 * text and tap buttons, tests read the replies.
 */
public final class ChatHarness {
    public static final String BOT = "salesbot";

    public final MutableClock clock = MutableClock.startingAt("2026-11-27T02:00:00Z"); // 10:00 Shanghai
    public final InMemoryOrgStore org = new InMemoryOrgStore();
    public final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    public final InMemoryLeadStore leads = new InMemoryLeadStore();
    public final InMemoryTouchStore touches = new InMemoryTouchStore();
    public final InMemoryKeyValueStore kv = new InMemoryKeyValueStore(clock);
    public final Map<String, TargetHealth> health = new HashMap<>();
    public final List<Comparison> comparisons = new ArrayList<>();
    public final List<ApplicationNote> notes = new CopyOnWriteArrayList<>();
    public final AtomicReference<byte[]> chart = new AtomicReference<>();
    public final AtomicReference<KnowledgeMatch> match = new AtomicReference<>();
    public final AtomicInteger knowledgeCalls = new AtomicInteger();
    public final ConversationEngine engine;
    private final AtomicInteger events = new AtomicInteger();

    public ChatHarness() {
        this(BusinessConfig.defaults());
    }

    public ChatHarness(BusinessConfig config) {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        ChatPorts ports = new ChatPorts(org, customers, leads, touches, kv,
                (rep, month) -> Optional.ofNullable(health.get(rep.id() + "|" + month)),
                (rep, month) -> List.copyOf(comparisons), notes::add, (rep, h) -> chart.get(),
                touch -> {
                    knowledgeCalls.incrementAndGet();
                    return Optional.ofNullable(match.get());
                });
        ChatSettings settings = ChatSettings.defaults().withBotIds(Set.of("wecom:" + BOT));
        engine = engine(ports, config, settings, clock);
    }

    /** An engine over the ports with the product's middleware and features, as the bot wires it. */
    public static ConversationEngine engine(ChatPorts ports, BusinessConfig config, ChatSettings settings,
                                            Clock clock) {
        DialogStore dialogs = new DialogStore(ports.kv());
        return new ConversationEngine(List.of(new IgnoreOwnAndEmpty(settings.botIds()),
                new ResolveSender(ports.org())), features(ports, config, settings, dialogs), dialogs, clock);
    }

    /** The product's features in the bot's order (目标, 团队目标, 录线索, 打卡, 对比, 帮助 in the menu). */
    public static List<ChatFeature> features(ChatPorts ports, BusinessConfig config, ChatSettings settings,
                                             DialogStore dialogs) {
        ResultFeature results = new ResultFeature(dialogs, ports.touches(), ports.customers(), ports.org(), config,
                settings, ports.knowledge());
        return List.of(
                new TargetFeature(ports.org(), ports.targets(), ports.charts(), config.thresholds(), settings.zone()),
                new LeadFeature(dialogs, ports.leads(), ports.customers(), ports.touches(), config, settings),
                new CheckinFeature(dialogs, ports.touches(), ports.customers(), results, settings),
                new CompareFeature(ports.comparisons(), settings.zone()),
                new HelpFeature(),
                results,
                new ApplicationNoteFeature(ports.kv(), ports.notes(), settings));
    }

    public Rep add(Rep rep) {
        org.saveRep(rep);
        return rep;
    }

    public Customer customer(String id, String name, String owner) {
        Customer c = new Customer(id, name, owner, null, "制造业", "A", 0, false);
        customers.save(c);
        return c;
    }

    public void health(Rep rep, TargetHealth h) {
        health.put(rep.id() + "|" + YearMonth.of(2026, 11), h);
    }

    /** A call of the rep with the customer that ended just now, stored as the ingestion API would. */
    public Touch endedCall(Rep rep, String customerId, int seconds) {
        long now = clock.millis();
        return touches.insert(new Touch(0, rep.id(), customerId, TouchKind.CALL, now - seconds * 1000L, seconds,
                null, null, 0, "api", null));
    }

    public List<Reply> say(Rep rep, String text) {
        return engine.handle(text(rep.wecomUserId(), text));
    }

    public InboundMessage text(String wecomUserId, String text) {
        return new InboundMessage("wecom", "e" + events.incrementAndGet(), wecomUserId, InboundKind.TEXT, text, null,
                null, null, null, null, false, clock.millis());
    }

    public List<Reply> tap(Rep rep, String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), rep.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    public void advance(Duration d) {
        clock.advance(d);
    }

    // ---- reading replies

    public static Card onlyCard(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        OutgoingMessage m = replies.get(0).message();
        assertThat(m).isInstanceOf(Card.class);
        return (Card) m;
    }

    public static String onlyText(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        OutgoingMessage m = replies.get(0).message();
        assertThat(m).isInstanceOf(TextMessage.class);
        return ((TextMessage) m).text();
    }

    /** Title, lines, fields and button labels of every reply, for "contains" assertions. */
    public static String all(List<Reply> replies) {
        StringBuilder out = new StringBuilder();
        for (Reply r : replies) {
            if (r.message() instanceof TextMessage t) {
                out.append(t.text()).append('\n');
            } else if (r.message() instanceof Card c) {
                out.append(c.title()).append('\n');
                c.lines().forEach(l -> out.append(l).append('\n'));
                c.fields().forEach(f -> out.append(f.label()).append(": ").append(f.value()).append('\n'));
                c.buttons().forEach(b -> out.append('[').append(b.label()).append("]\n"));
            }
        }
        return out.toString();
    }

    public static String keyOf(Card card, String label) {
        return card.buttons().stream().filter(b -> b.label().equals(label)).map(CardButton::key).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + card.buttons()));
    }
}

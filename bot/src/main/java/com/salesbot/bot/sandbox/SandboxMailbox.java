package com.salesbot.bot.sandbox;

import com.salesbot.bot.sandbox.SandboxDelivery.CardView;
import com.salesbot.bot.sandbox.SandboxDelivery.Previews;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * What each sandbox person sees: the last {@code salesbot.sandbox.history} entries per person, in memory. Every
 * change takes a new sequence number, so a page polling with {@code after=} sees new entries and changed cards.
 */
@Singleton
@Requires(condition = SandboxEnabled.class)
public class SandboxMailbox {
    private final Clock clock;
    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Deque<SandboxDelivery>> boxes = new ConcurrentHashMap<>();

    public SandboxMailbox(Clock clock, @Value("${salesbot.sandbox.history:200}") int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("salesbot.sandbox.history must be at least 1");
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    public SandboxDelivery addText(String person, String from, String text, Previews previews) {
        return add(person, from, "text", text, null, previews);
    }

    public SandboxDelivery addCard(String person, CardView card, Previews previews) {
        return add(person, "bot", "card", null, card, previews);
    }

    /** Replaces the newest card with this prompt id in place; false when the person has no such card. */
    public boolean replaceCard(String person, String promptId, CardView card, Previews previews) {
        Deque<SandboxDelivery> box = box(person);
        synchronized (box) {
            return replaceNewest(box, promptId, d -> d.withCard(sequence.incrementAndGet(), card, previews));
        }
    }

    /** Marks the button tapped on the newest card with this prompt id; false when there is no such card. */
    public boolean markChosen(String person, String promptId, String actionKey) {
        Deque<SandboxDelivery> box = box(person);
        synchronized (box) {
            return replaceNewest(box, promptId,
                    d -> d.withCard(sequence.incrementAndGet(), d.card().chosen(actionKey), d.previews()));
        }
    }

    /** Entries that are new or changed since {@code after}, oldest change first. */
    public List<SandboxDelivery> after(String person, long after) {
        Deque<SandboxDelivery> box = box(person);
        List<SandboxDelivery> out = new ArrayList<>();
        synchronized (box) {
            for (SandboxDelivery d : box) {
                if (d.seq() > after) {
                    out.add(d);
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return out;
    }

    private SandboxDelivery add(String person, String from, String kind, String text, CardView card,
                                Previews previews) {
        Deque<SandboxDelivery> box = box(person);
        synchronized (box) {
            SandboxDelivery d = new SandboxDelivery(ids.incrementAndGet(), sequence.incrementAndGet(), clock.millis(),
                    from, kind, text, card, previews);
            box.addLast(d);
            while (box.size() > capacity) {
                box.removeFirst();
            }
            return d;
        }
    }

    private static boolean replaceNewest(Deque<SandboxDelivery> box, String promptId,
                                         UnaryOperator<SandboxDelivery> change) {
        List<SandboxDelivery> copy = new ArrayList<>(box);
        for (int i = copy.size() - 1; i >= 0; i--) {
            SandboxDelivery d = copy.get(i);
            if (d.card() != null && promptId != null && promptId.equals(d.card().promptId())) {
                copy.set(i, change.apply(d));
                box.clear();
                box.addAll(copy);
                return true;
            }
        }
        return false;
    }

    private Deque<SandboxDelivery> box(String person) {
        return boxes.computeIfAbsent(person, p -> new ArrayDeque<>());
    }
}

package com.salesbot.core.tagging;

import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.ConversationStore.RepCustomer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a batch of messages (fed in time order) into conversations by the idle gap with one {@code latestOfEach}
 * for all reps and customers of the batch instead of one lookup per message, then writes each new or extended
 * conversation once: the new ones in one batched {@code saveConversations} before the messages (which need their
 * ids), the extended ones in another after them. Gives the same
 * conversations as storing the messages one by one: the latest conversation of a pair is the one with the latest
 * last message, ties going to the newer one.
 */
final class ConversationPlanner {
    private final ConversationStore store;
    private final IdleGapSplitter splitter;
    private final Map<RepCustomer, List<Draft>> byPair = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int created;

    /** Looks up the latest conversation of every pair the batch will {@link #add} to, in one call. */
    ConversationPlanner(ConversationStore store, IdleGapSplitter splitter, Set<RepCustomer> pairs) {
        this.store = store;
        this.splitter = splitter;
        Map<RepCustomer, Conversation> latest = pairs.isEmpty() ? Map.of() : store.latestOfEach(pairs);
        for (RepCustomer pair : pairs) {
            List<Draft> known = new ArrayList<>();
            Conversation c = latest.get(pair);
            if (c != null) {
                known.add(new Draft(c, 0));
            }
            byPair.put(pair, known);
        }
    }

    /** Adds one message and returns the draft conversation it joins; its id is known after {@link #save()}. */
    Draft add(String rep, String customer, String channel, long sentAt, List<TagAssignment> tags) {
        List<Draft> pair = byPair.computeIfAbsent(new RepCustomer(rep, customer), this::known);
        Draft target = pair.stream()
                .max(Comparator.comparingLong((Draft d) -> d.conversation.lastMessageAt()).thenComparingInt(d -> d.order))
                .filter(d -> splitter.continues(d.conversation, sentAt))
                .orElse(null);
        if (target == null) {
            target = new Draft(new Conversation(0, rep, customer, channel, sentAt, sentAt, 0, List.of()), ++created);
            pair.add(target);
            drafts.add(target);
        } else if (!target.changed) {
            drafts.add(target);
        }
        Conversation extended = IdleGapSplitter.extend(target.conversation, sentAt);
        target.conversation = new Conversation(extended.id(), rep, customer, extended.channel(), extended.startedAt(),
                extended.lastMessageAt(), extended.messageCount(), ConversationTags.merge(extended.tags(), tags));
        target.changed = true;
        return target;
    }

    /** Inserts the new conversations, in the order they were first touched; their ids are known afterwards. */
    void insertNew() {
        save(true);
    }

    /**
     * Updates the conversations the batch extended. Called after the messages are stored, so that a batch whose
     * insert meets stored rows (a retry) has not touched them, even where nothing rolls back.
     */
    void updateExtended() {
        save(false);
    }

    private void save(boolean created) {
        List<Draft> chosen = new ArrayList<>(drafts.size());
        List<Conversation> touched = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if ((d.order > 0) == created) {
                chosen.add(d);
                touched.add(d.conversation);
            }
        }
        if (touched.isEmpty()) {
            return;
        }
        List<Conversation> saved = store.saveConversations(touched);
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).conversation = saved.get(i);
        }
    }

    /** A pair the constructor was not told about: looked up on its own. */
    private List<Draft> known(RepCustomer pair) {
        List<Draft> known = new ArrayList<>();
        store.latestOf(pair.repId(), pair.customerId()).ifPresent(c -> known.add(new Draft(c, 0)));
        return known;
    }

    /** A conversation being built up by the batch. */
    static final class Draft {
        private Conversation conversation;
        private final int order;
        private boolean changed;

        private Draft(Conversation conversation, int order) {
            this.conversation = conversation;
            this.order = order;
        }

        Conversation conversation() {
            return conversation;
        }
    }
}

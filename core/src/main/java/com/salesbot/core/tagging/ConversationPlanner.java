package com.salesbot.core.tagging;

import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.ConversationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a batch of messages (fed in time order) into conversations by the idle gap with one {@code latestOf} per
 * rep and customer instead of one per message, then writes each new or extended conversation once. Gives the same
 * conversations as storing the messages one by one: the latest conversation of a pair is the one with the latest
 * last message, ties going to the newer one.
 */
final class ConversationPlanner {
    private final ConversationStore store;
    private final IdleGapSplitter splitter;
    private final Map<List<String>, List<Draft>> byPair = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private int created;

    ConversationPlanner(ConversationStore store, IdleGapSplitter splitter) {
        this.store = store;
        this.splitter = splitter;
    }

    /** Adds one message and returns the draft conversation it joins; its id is known after {@link #save()}. */
    Draft add(String rep, String customer, String channel, long sentAt, List<TagAssignment> tags) {
        List<Draft> pair = byPair.computeIfAbsent(List.of(rep, customer), k -> known(rep, customer));
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

    /** Inserts the new conversations and updates the extended ones, in the order they were first touched. */
    void save() {
        for (Draft d : drafts) {
            d.conversation = store.saveConversation(d.conversation);
        }
    }

    private List<Draft> known(String rep, String customer) {
        List<Draft> pair = new ArrayList<>();
        store.latestOf(rep, customer).ifPresent(c -> pair.add(new Draft(c, 0)));
        return pair;
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

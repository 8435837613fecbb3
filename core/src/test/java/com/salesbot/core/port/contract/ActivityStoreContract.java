package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.testdata.Concurrently;
import com.salesbot.core.testdata.Ids;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TouchStore} and {@link ConversationStore}: run on H2 and on MariaDB by the MySQL adapter's
 * subclasses and on core's in-memory fakes, so a fake cannot drift from the real store. A subclass hands over its
 * stores; the one test that needs a transaction the caller rolls back is skipped for stores without transactions.
 */
public abstract class ActivityStoreContract {
    private static final List<TagAssignment> TAGS = List.of(
            new TagAssignment("询价", TagKind.SCENARIO, 0.92, List.of("多少钱😀", "报价单")),
            new TagAssignment("price_sensitive", TagKind.SIGNAL, 0.5, List.of()));

    protected TouchStore touches;
    protected ConversationStore conversations;

    protected abstract TouchStore touchStore();

    protected abstract ConversationStore conversationStore();

    /**
     * Runs {@code work} in a transaction and rolls it back, returning what the work returned. Stores without
     * transactions keep this default, which skips the test that needs it.
     */
    protected <T> T inRolledBackTransaction(Supplier<T> work) {
        Assumptions.abort("this store has no transactions");
        return null;
    }

    @BeforeEach
    void bindStores() {
        touches = touchStore();
        conversations = conversationStore();
    }

    private static Touch touch(String rep, long startedAt, String source, String externalId) {
        return new Touch(0, rep, "cus-1", TouchKind.CALL, startedAt, 45, null, null, 0, source, externalId);
    }

    @Test
    void touchRoundTripKeepsEveryField() {
        String rep = Ids.unique("rep");
        Touch stored = touches.insert(new Touch(0, rep, "客户甲", TouchKind.VISIT, 1_764_000_000_123L, 1800, "有意向",
                "客户很满意😀下周再约", 1_764_000_100_000L, "api", Ids.unique("ext")));
        Touch noSource = touches.insert(new Touch(0, rep, null, TouchKind.CHAT, 5, 0, null, null, 0, null, null));

        assertThat(stored.id()).isPositive();
        assertThat(touches.find(stored.id())).contains(stored);
        assertThat(touches.find(noSource.id())).contains(noSource);
        assertThat(touches.find(Long.MAX_VALUE - 3)).isEmpty();
    }

    @Test
    void aNoteOfTwentyEmojiFits() {
        String note = "😀".repeat(Touch.MAX_NOTE_LENGTH);
        Touch stored = touches.insert(new Touch(0, Ids.unique("rep"), null, TouchKind.CALL, 1, 30, "有意向", note, 2,
                "chat", null));

        assertThat(touches.find(stored.id()).map(Touch::note)).contains(note);
    }

    @Test
    void insertIsIdempotentOnSourceAndExternalId() {
        String rep = Ids.unique("rep");
        String external = Ids.unique("ext");
        Touch first = touches.insert(touch(rep, 100, "archive", external));
        Touch again = touches.insert(new Touch(0, rep, "other", TouchKind.MEETING, 999, 1, "x", null, 1, "archive",
                external));
        Touch otherSource = touches.insert(touch(rep, 100, "api", external));

        assertThat(again).isEqualTo(first);
        assertThat(otherSource.id()).isNotEqualTo(first.id());
        assertThat(touches.ofRepBetween(rep, 0, 10_000)).hasSize(2);
    }

    @Test
    void aMissingSourceStillDedupesByExternalId() {
        String rep = Ids.unique("rep");
        String external = Ids.unique("ext");
        Touch first = touches.insert(touch(rep, 100, null, external));

        assertThat(touches.insert(touch(rep, 200, null, external))).isEqualTo(first);
        assertThat(first.source()).isNull();
    }

    @Test
    void externalIdsAndClientMessageIdsAreCaseSensitive() {
        String rep = Ids.unique("rep");
        String external = Ids.unique("wmAbC");
        Touch upper = touches.insert(touch(rep, 100, "archive", external));
        Touch lower = touches.insert(touch(rep, 100, "archive", external.toLowerCase()));

        assertThat(lower.id()).isNotEqualTo(upper.id());
        assertThat(conversations.appendMessage(message(5, "dingtalk", external, rep, 1, "甲", null))).isPresent();
        assertThat(conversations.appendMessage(message(5, "dingtalk", external.toLowerCase(), rep, 1, "乙", null)))
                .isPresent();
    }

    @Test
    void touchesWithoutExternalIdAreNeverDeduped() {
        String rep = Ids.unique("rep");
        Touch a = touches.insert(touch(rep, 100, "chat", null));
        Touch b = touches.insert(touch(rep, 100, "chat", null));

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(touches.ofRepBetween(rep, 0, 10_000)).containsExactly(a, b);
    }

    @Test
    void concurrentInsertsOfOneExternalIdStoreOneTouch() throws Exception {
        String rep = Ids.unique("rep");
        String external = Ids.unique("ext");
        List<Touch> results = Concurrently.run(6, () -> touches.insert(touch(rep, 100, "archive", external)));

        assertThat(new HashSet<>(results)).hasSize(1);
        assertThat(touches.ofRepBetween(rep, 0, 10_000)).containsExactly(results.get(0));
    }

    @Test
    void resultIsRecordedOnlyOnce() {
        Touch stored = touches.insert(touch(Ids.unique("rep"), 100, "chat", null));

        assertThat(touches.recordResult(stored.id(), "有意向", "约了下周二", 1_000)).isTrue();
        assertThat(touches.recordResult(stored.id(), "无意向", "改主意了", 2_000)).isFalse();
        assertThat(touches.find(stored.id())).contains(stored.tagged("有意向", "约了下周二", 1_000));
        assertThat(touches.recordResult(Long.MAX_VALUE - 5, "有意向", null, 1)).isFalse();
    }

    @Test
    void ofTwoConcurrentTaggersExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            Touch stored = touches.insert(touch(Ids.unique("rep"), 100, "chat", null));
            List<Boolean> wins = Concurrently.run(2, () -> touches.recordResult(stored.id(),
                    Thread.currentThread().getName(), null, 7));

            assertThat(wins).containsExactlyInAnyOrder(true, false);
            assertThat(touches.find(stored.id()).orElseThrow().tagged()).isTrue();
        }
    }

    @Test
    void aNoteIsAddedOnceAndOnlyAfterTheTag() {
        Touch stored = touches.insert(touch(Ids.unique("rep"), 100, "chat", null));
        assertThat(touches.recordNote(stored.id(), "太早了")).isFalse();

        touches.recordResult(stored.id(), "有意向", null, 1_000);
        assertThat(touches.recordNote(stored.id(), "约了下周二😀")).isTrue();
        assertThat(touches.recordNote(stored.id(), "再改一次")).isFalse();
        assertThat(touches.find(stored.id())).contains(stored.tagged("有意向", "约了下周二😀", 1_000));
        assertThat(touches.recordNote(Long.MAX_VALUE - 5, "无")).isFalse();
    }

    @Test
    void aNoteOfTwentyCharactersFitsAndTwentyOneIsRefused() {
        Touch stored = touches.insert(touch(Ids.unique("rep"), 100, "chat", null));
        touches.recordResult(stored.id(), "有意向", null, 1_000);

        assertThatThrownBy(() -> touches.recordNote(stored.id(), "字".repeat(Touch.MAX_NOTE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(touches.recordNote(stored.id(), "字".repeat(Touch.MAX_NOTE_LENGTH))).isTrue();
    }

    @Test
    void touchRangesIncludeTheStartAndExcludeTheEnd() {
        String rep = Ids.unique("rep");
        long base = Ids.timeBase();
        Touch before = touches.insert(touch(rep, base - 1, "chat", null));
        Touch atStart = touches.insert(touch(rep, base, "chat", null));
        Touch lastIn = touches.insert(touch(rep, base + 59_999, "chat", null));
        Touch atEnd = touches.insert(touch(rep, base + 60_000, "chat", null));
        Touch otherRep = touches.insert(touch(rep + "x", base + 5, "chat", null));

        assertThat(touches.between(base, base + 60_000)).containsExactly(atStart, otherRep, lastIn);
        assertThat(touches.ofRepBetween(rep, base, base + 60_000)).containsExactly(atStart, lastIn);
        assertThat(touches.ofRepBetween(rep, base - 1, base + 60_001)).containsExactly(before, atStart, lastIn, atEnd);
    }

    @Test
    void untaggedBeforeIsStrictAndOldestFirst() {
        String rep = Ids.unique("rep");
        long base = Ids.timeBase();
        Touch newer = touches.insert(touch(rep, base - 1, "chat", null));
        Touch older = touches.insert(touch(rep, base - 500, "chat", null));
        Touch tagged = touches.insert(touch(rep, base - 300, "chat", null));
        touches.recordResult(tagged.id(), "有意向", null, base);
        touches.insert(touch(rep, base, "chat", null));

        assertThat(touches.untaggedBefore(base)).filteredOn(t -> t.repId().equals(rep)).containsExactly(older, newer);
    }

    @Test
    void conversationsAreInsertedUpdatedAndTheLatestIsFound() {
        String rep = Ids.unique("rep");
        Conversation first = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 1_000, 2_000,
                2, List.of()));
        Conversation second = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 10_000,
                10_000, 1, null));

        assertThat(first.id()).isPositive();
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(conversations.latestOf(rep, "cus-1")).contains(second);

        Conversation tagged = new Conversation(first.id(), rep, "cus-1", "wecom", 1_000, 20_000, 3, TAGS);
        assertThat(conversations.saveConversation(tagged)).isEqualTo(tagged);
        assertThat(conversations.latestOf(rep, "cus-1")).contains(tagged);
        assertThat(conversations.latestOf(rep, "cus-2")).isEmpty();
    }

    @Test
    void theLatestConversationOfManyPairsIsFoundInOneCallLikeLatestOf() {
        String rep = Ids.unique("rep");
        String other = Ids.unique("rep");
        Conversation older = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 1_000, 9_000,
                2, List.of()));
        Conversation tieFirst = conversations.saveConversation(new Conversation(0, rep, "cus-2", "api", 1_000, 5_000,
                1, TAGS));
        Conversation tieSecond = conversations.saveConversation(new Conversation(0, rep, "cus-2", "api", 2_000, 5_000,
                1, List.of()));
        Conversation newer = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 500, 10_000,
                3, TAGS));
        Conversation otherRep = conversations.saveConversation(new Conversation(0, other, "cus-1", "wecom", 1, 20_000,
                1, List.of()));
        List<ConversationStore.RepCustomer> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            pairs.add(new ConversationStore.RepCustomer(rep, "none-" + i));
        }
        pairs.add(new ConversationStore.RepCustomer(rep, "cus-1"));
        pairs.add(new ConversationStore.RepCustomer(rep, "cus-2"));
        pairs.add(new ConversationStore.RepCustomer(other, "cus-1"));
        pairs.add(new ConversationStore.RepCustomer(other, "cus-2"));

        var latest = conversations.latestOfEach(pairs);

        assertThat(latest).hasSize(3);
        assertThat(latest.get(new ConversationStore.RepCustomer(rep, "cus-1"))).isEqualTo(newer).isNotEqualTo(older);
        assertThat(latest.get(new ConversationStore.RepCustomer(rep, "cus-2"))).isEqualTo(tieSecond)
                .isNotEqualTo(tieFirst);
        assertThat(latest.get(new ConversationStore.RepCustomer(other, "cus-1"))).isEqualTo(otherRep);
        for (ConversationStore.RepCustomer pair : pairs) {
            assertThat(Optional.ofNullable(latest.get(pair))).isEqualTo(conversations.latestOf(pair.repId(),
                    pair.customerId()));
        }
    }

    @Test
    void manyConversationsAreInsertedAndUpdatedInOneCallInListOrder() {
        String rep = Ids.unique("rep");
        Conversation existing = conversations.saveConversation(new Conversation(0, rep, "cus-1", "api", 1_000, 1_000,
                1, List.of()));
        Conversation extended = new Conversation(existing.id(), rep, "cus-1", "api", 1_000, 3_000, 2, TAGS);
        List<Conversation> batch = new java.util.ArrayList<>();
        batch.add(new Conversation(0, rep, "cus-2", "api", 2_000, 2_000, 1, TAGS));
        batch.add(extended);
        for (int i = 0; i < 700; i++) {
            batch.add(new Conversation(0, rep, "cus-" + (i + 3), "api", 4_000 + i, 4_000 + i, 1, List.of()));
        }

        List<Conversation> saved = conversations.saveConversations(batch);

        assertThat(saved).hasSize(batch.size());
        assertThat(saved.get(1)).isEqualTo(extended);
        assertThat(saved.get(0).id()).isGreaterThan(existing.id());
        List<Long> newIds = saved.stream().filter(c -> c != saved.get(1)).map(Conversation::id).toList();
        assertThat(newIds).doesNotHaveDuplicates().isSorted();
        for (int i = 0; i < batch.size(); i++) {
            Conversation c = batch.get(i);
            assertThat(saved.get(i)).isEqualTo(new Conversation(saved.get(i).id(), c.repId(), c.customerId(),
                    c.channel(), c.startedAt(), c.lastMessageAt(), c.messageCount(), c.tags()));
        }
        assertThat(conversations.latestOf(rep, "cus-1")).contains(extended);
        assertThat(conversations.latestOf(rep, "cus-2")).contains(saved.get(0));
        assertThat(conversations.latestOf(rep, "cus-702")).contains(saved.get(701));
        assertThat(conversations.saveConversations(List.of())).isEmpty();
    }

    @Test
    void manyConversationsAreUpdatedInOneCallAndAnIdListedTwiceEndsAsItsLastVersion() {
        String rep = Ids.unique("rep");
        List<Conversation> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            fresh.add(new Conversation(0, rep, "cus-" + i, "api", 1_000, 1_000, 1, List.of()));
        }
        List<Conversation> existing = conversations.saveConversations(fresh);
        List<Conversation> changed = new java.util.ArrayList<>();
        for (Conversation c : existing) {
            changed.add(new Conversation(c.id(), rep, c.customerId(), "wecom", 500, 2_000 + c.id(), 2, TAGS));
        }
        Conversation first = existing.get(0);
        changed.add(new Conversation(first.id(), rep, first.customerId(), "api", 400, 9_000, 3, List.of()));

        assertThat(conversations.saveConversations(changed)).isEqualTo(changed);

        for (int i = 1; i < 300; i++) {
            assertThat(conversations.latestOf(rep, "cus-" + i)).contains(changed.get(i));
        }
        assertThat(conversations.latestOf(rep, "cus-0")).contains(changed.get(300));
    }

    @Test
    void savingManyConversationsWithAMissingIdFails() {
        Conversation ghost = new Conversation(Long.MAX_VALUE - 9, "r", "c", "wecom", 1, 1, 1, List.of());
        String rep = Ids.unique("rep");
        assertThatThrownBy(() -> conversations.saveConversations(List.of(
                new Conversation(0, rep, "c", "wecom", 1, 1, 1, List.of()), ghost)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void updatingAMissingConversationFails() {
        Conversation ghost = new Conversation(Long.MAX_VALUE - 9, "r", "c", "wecom", 1, 1, 1, List.of());
        assertThatThrownBy(() -> conversations.saveConversation(ghost)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void messagesRoundTripWithTagsAndComeBackInTimeOrder() {
        String rep = Ids.unique("rep");
        Conversation conversation = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 1, 1,
                0, List.of()));
        ChatMessage later = message(conversation.id(), "wecom", Ids.unique("m"), rep, 2_000, "好的，我们下周签约🎉", TAGS);
        ChatMessage earlier = message(conversation.id(), "wecom", Ids.unique("m"), rep, 1_000, "这个多少钱？", List.of());

        ChatMessage storedLater = conversations.appendMessage(later).orElseThrow();
        ChatMessage storedEarlier = conversations.appendMessage(earlier).orElseThrow();

        assertThat(storedLater.id()).isPositive();
        // Other tests append to fixed conversation ids without a conversation row, which a fresh schema may hand out.
        List<ChatMessage> read = conversations.messagesOf(conversation.id()).stream()
                .filter(m -> m.repId().equals(rep)).toList();
        assertThat(read).containsExactly(storedEarlier, storedLater);
        assertThat(read.get(1).tags()).isEqualTo(TAGS);
    }

    @Test
    void aMessageIsStoredOncePerChannelAndClientId() {
        String rep = Ids.unique("rep");
        String clientId = Ids.unique("msg");
        Optional<ChatMessage> first = conversations.appendMessage(message(77, "wecom", clientId, rep, 1, "原文", null));
        Optional<ChatMessage> retry = conversations.appendMessage(message(77, "wecom", clientId, rep, 2, "改过的", null));
        Optional<ChatMessage> otherChannel = conversations.appendMessage(message(77, "dingtalk", clientId, rep, 3, "钉钉",
                null));

        assertThat(first).isPresent();
        assertThat(retry).isEmpty();
        assertThat(otherChannel).isPresent();
        assertThat(conversations.messagesOf(77)).filteredOn(m -> m.repId().equals(rep))
                .extracting(ChatMessage::text).containsExactly("原文", "钉钉");
    }

    @Test
    void aBatchOfMessagesSpanningSeveralStatementsGetsEachRowsOwnId() {
        String rep = Ids.unique("rep");
        Conversation conversation = conversations.saveConversation(new Conversation(0, rep, "cus-1", "wecom", 1, 1,
                0, List.of()));
        List<ChatMessage> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 1_201; i++) {
            batch.add(message(conversation.id(), "wecom", Ids.unique("b"), rep, 1_000 + i, "第" + i + "条😀",
                    i % 2 == 0 ? TAGS : List.of()));
        }

        List<ChatMessage> stored = conversations.appendMessages(batch).orElseThrow();

        assertThat(stored).hasSize(1_201).extracting(ChatMessage::id).doesNotHaveDuplicates().allMatch(id -> id > 0);
        assertThat(stored.get(600).clientMsgId()).isEqualTo(batch.get(600).clientMsgId());
        assertThat(conversations.messagesOf(conversation.id())).filteredOn(m -> m.repId().equals(rep))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void aDuplicateInABatchReturnsEmptyAndTheCallersRollbackUndoesTheRest() {
        String rep = Ids.unique("rep");
        String known = Ids.unique("known");
        conversations.appendMessage(message(78, "wecom", known, rep, 1, "早就存了", null));
        String before = Ids.unique("new");
        String after = Ids.unique("new");

        Optional<List<ChatMessage>> result = inRolledBackTransaction(() -> conversations.appendMessages(List.of(
                message(78, "wecom", before, rep, 2, "新的", null), message(78, "wecom", known, rep, 3, "重发", null),
                message(78, "wecom", after, rep, 4, "新的", null))));

        assertThat(result).isEmpty();
        assertThat(conversations.existingClientMsgIds("wecom", List.of(before, known, after))).containsExactly(known);
        assertThat(conversations.messagesOf(78)).filteredOn(m -> m.repId().equals(rep)).extracting(ChatMessage::text)
                .containsExactly("早就存了");
    }

    @Test
    void existingClientIdsAreLookedUpPerChannelCaseSensitivelyAcrossChunks() {
        String rep = Ids.unique("rep");
        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            asked.add(Ids.unique("ask"));
        }
        String stored = asked.get(700);
        conversations.appendMessage(message(79, "dingtalk", stored, rep, 1, "钉钉", null));
        conversations.appendMessage(message(79, "wecom", asked.get(5), rep, 1, "企微", null));
        asked.add(stored.toUpperCase());

        assertThat(conversations.existingClientMsgIds("dingtalk", asked)).containsExactly(stored);
        assertThat(conversations.existingClientMsgIds("dingtalk", List.of())).isEmpty();
    }

    private static ChatMessage message(long conversationId, String channel, String clientId, String rep, long sentAt,
                                       String text, List<TagAssignment> tags) {
        return new ChatMessage(0, conversationId, channel, clientId, rep, "cus-1", Direction.IN, sentAt, text, tags);
    }
}

package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.ConversationMapper;
import com.salesbot.adapters.mysql.mapper.GeneratedKey;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** Conversations and chat messages in MySQL/H2; messages are idempotent on (channel, client message id). */
@Singleton
public class MyBatisConversationStore implements ConversationStore {
    /** Rows per flushed batch or IN list: keeps statements far below max_allowed_packet. */
    static final int CHUNK = 500;

    /** Pairs per latestOfEach statement (two parameters each), conversations per multi-row UPDATE (15 each). */
    static final int PAIR_CHUNK = 250;

    private static final Comparator<Conversation> LATEST = Comparator.comparingLong(Conversation::lastMessageAt)
            .thenComparingLong(Conversation::id);

    private final ConversationMapper mapper;
    private final SqlSessionFactory sessions;

    public MyBatisConversationStore(ConversationMapper mapper, SqlSessionFactory sessions) {
        this.mapper = mapper;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public Optional<ChatMessage> appendMessage(ChatMessage message) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insertMessage(message, key);
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicate(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new ChatMessage(key.getId(), message.conversationId(), message.channel(),
                message.clientMsgId(), message.repId(), message.customerId(), message.direction(), message.sentAt(),
                message.text(), message.tags()));
    }

    /**
     * One JDBC batch of the single-row INSERT on the transaction's connection (the driver's rewriteBatchedStatements
     * turns it into multi-row INSERTs), executed every {@link #CHUNK} rows, in plain JDBC ({@link ConversationJdbc}).
     * A MyBatis foreach over the rows was measured ~20x slower than the raw JDBC batch, and MyBatis' BATCH executor
     * still spent about a third of the call binding parameters. A duplicate key returns empty (the caller rolls
     * back).
     */
    @Override
    @Transactional
    public Optional<List<ChatMessage>> appendMessages(List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            return Optional.of(List.of());
        }
        long[] ids;
        try (SqlSession session = sessions.openSession()) {
            ids = ConversationJdbc.insertMessages(session.getConnection(), messages, CHUNK);
        } catch (SQLException e) {
            if (DuplicateKeys.isDuplicate(e)) {
                return Optional.empty();
            }
            throw new PersistenceException("cannot store " + messages.size() + " chat messages", e);
        }
        List<ChatMessage> stored = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            stored.add(new ChatMessage(ids[i], m.conversationId(), m.channel(), m.clientMsgId(),
                    m.repId(), m.customerId(), m.direction(), m.sentAt(), m.text(), m.tags()));
        }
        return Optional.of(stored);
    }

    @Override
    @ReadOnly
    public Set<String> existingClientMsgIds(String channel, Collection<String> clientMsgIds) {
        List<String> ids = List.copyOf(clientMsgIds);
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(mapper.existingClientMsgIds(channel, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        return found;
    }

    /** @throws NoSuchElementException when updating an id that does not exist */
    @Override
    @Transactional
    public Conversation saveConversation(Conversation conversation) {
        if (conversation.id() != 0) {
            if (mapper.updateConversation(conversation) == 0) {
                throw new NoSuchElementException("no conversation " + conversation.id());
            }
            return conversation;
        }
        GeneratedKey key = new GeneratedKey();
        mapper.insertConversation(conversation, key);
        return new Conversation(key.getId(), conversation.repId(), conversation.customerId(), conversation.channel(),
                conversation.startedAt(), conversation.lastMessageAt(), conversation.messageCount(),
                conversation.tags());
    }

    @Override
    @ReadOnly
    public Optional<Conversation> latestOf(String repId, String customerId) {
        return Optional.ofNullable(mapper.latestOf(repId, customerId));
    }

    /**
     * One lookup per {@value #PAIR_CHUNK} pairs instead of one {@link #latestOf} each, in plain JDBC
     * ({@link ConversationJdbc#latestOfEach}); of the rows tied at a pair's
     * latest last message the higher id wins, as in {@link #latestOf}.
     */
    @Override
    @ReadOnly
    public Map<RepCustomer, Conversation> latestOfEach(Collection<RepCustomer> pairs) {
        List<RepCustomer> asked = List.copyOf(new java.util.LinkedHashSet<>(pairs));
        Map<RepCustomer, Conversation> latest = new LinkedHashMap<>();
        for (int from = 0; from < asked.size(); from += PAIR_CHUNK) {
            List<RepCustomer> chunk = asked.subList(from, Math.min(asked.size(), from + PAIR_CHUNK));
            List<Conversation> found;
            try (SqlSession session = sessions.openSession()) {
                found = ConversationJdbc.latestOfEach(session.getConnection(), chunk);
            } catch (SQLException e) {
                throw new PersistenceException("cannot look up the latest conversations", e);
            }
            for (RepCustomer pair : chunk) {
                // The columns' collation may match a pair spelled differently, as latestOf does.
                latestOf(found, c -> pair.repId().equals(c.repId()) && pair.customerId().equals(c.customerId()))
                        .or(() -> latestOf(found, c -> pair.repId().equalsIgnoreCase(c.repId())
                                && pair.customerId().equalsIgnoreCase(c.customerId())))
                        .ifPresent(c -> latest.put(pair, c));
            }
        }
        return latest;
    }

    private static Optional<Conversation> latestOf(List<Conversation> found, Predicate<Conversation> pair) {
        return found.stream().filter(pair).max(LATEST);
    }

    /**
     * The new conversations as one JDBC batch of INSERTs (ids in list order) through a BATCH executor on the
     * transaction's connection; then the changed ones with one multi-row UPDATE per {@value #PAIR_CHUNK} in plain
     * JDBC ({@link ConversationJdbc}: a batch of single-row UPDATEs cost the server one statement each, ~15% of a
     * 500-message ingestion, and the same UPDATE as a MyBatis foreach cost as much again in client CPU). An id listed
     * twice is updated to its last version, as a batch would leave it.
     *
     * @throws NoSuchElementException when an updated id does not exist
     */
    @Override
    @Transactional
    public List<Conversation> saveConversations(List<Conversation> conversations) {
        Conversation[] saved = new Conversation[conversations.size()];
        List<Integer> inserted = new ArrayList<>();
        List<GeneratedKey> keys = new ArrayList<>();
        Map<Long, Conversation> updated = new LinkedHashMap<>();
        try (SqlSession session = sessions.openSession(ExecutorType.BATCH)) {
            ConversationMapper batch = session.getMapper(ConversationMapper.class);
            for (int i = 0; i < conversations.size(); i++) {
                Conversation c = conversations.get(i);
                if (c.id() == 0) {
                    GeneratedKey key = new GeneratedKey();
                    batch.insertConversation(c, key);
                    inserted.add(i);
                    keys.add(key);
                } else {
                    saved[i] = c;
                    updated.remove(c.id());
                    updated.put(c.id(), c);
                }
            }
            session.flushStatements();
        }
        List<Conversation> changes = List.copyOf(updated.values());
        if (!changes.isEmpty()) {
            try (SqlSession session = sessions.openSession()) {
                for (int from = 0; from < changes.size(); from += PAIR_CHUNK) {
                    List<Conversation> chunk = changes.subList(from, Math.min(changes.size(), from + PAIR_CHUNK));
                    int found = ConversationJdbc.updateConversations(session.getConnection(), chunk);
                    if (found != chunk.size()) {
                        throw new NoSuchElementException((chunk.size() - found) + " of conversations "
                                + chunk.stream().map(Conversation::id).toList() + " do not exist");
                    }
                }
            } catch (SQLException e) {
                throw new PersistenceException("cannot update " + changes.size() + " conversations", e);
            }
        }
        for (int j = 0; j < inserted.size(); j++) {
            Conversation c = conversations.get(inserted.get(j));
            saved[inserted.get(j)] = new Conversation(keys.get(j).getId(), c.repId(), c.customerId(), c.channel(),
                    c.startedAt(), c.lastMessageAt(), c.messageCount(), c.tags());
        }
        return List.of(saved);
    }

    @Override
    @ReadOnly
    public List<ChatMessage> messagesOf(long conversationId) {
        return mapper.messagesOf(conversationId);
    }
}

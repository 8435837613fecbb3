package com.salesbot.core.tagging;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.ConversationStore.RepCustomer;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/conversations}: stores transcripts from phone systems, e-mail or other tools. Each row is
 * validated on its own (bad rows are reported, good rows kept), tagged, appended idempotently on
 * (channel, clientMsgId), and put into the conversation of its rep and customer by the idle gap. The customers
 * (NDA) and the latest conversation of every rep and customer are looked up once for the batch; the rows are stored
 * in time order in one transaction with batched conversation inserts/updates and batched message inserts. When that
 * insert meets a row already stored (a retried batch), the transaction is rolled back, the stored rows are found
 * with one lookup per channel and reported as duplicates, and the rest are stored again in one transaction; when a
 * concurrent writer stored one of them meanwhile, that is rolled back too and the rows are stored one transaction
 * each, where a retried row that would have opened a new conversation rolls that conversation back. After storing:
 * compliance alerts (R12), the rep's price-sensitive streak (R19) and one write-back of scenario tags per customer
 * (R16).
 */
public final class IngestConversations {
    public static final String DEFAULT_CHANNEL = "api";
    private static final String SMALL_TALK = "闲聊";
    private static final String PRICE_SENSITIVE = "价格敏感";

    private final ConversationStore store;
    private final CustomerStore customers;
    private final MessageTagger tagger;
    private final IdleGapSplitter splitter;
    private final Transactions transactions;
    private final PriceSensitiveCounter priceSensitive;
    private final TaggingAlerts alerts;
    private final CustomerTagWriter tagWriter;

    public IngestConversations(ConversationStore store, CustomerStore customers, MessageTagger tagger,
                               IdleGapSplitter splitter, Transactions transactions,
                               PriceSensitiveCounter priceSensitive, TaggingAlerts alerts,
                               CustomerTagWriter tagWriter) {
        this.store = store;
        this.customers = customers;
        this.tagger = tagger;
        this.splitter = splitter;
        this.transactions = transactions;
        this.priceSensitive = priceSensitive;
        this.alerts = alerts;
        this.tagWriter = tagWriter;
    }

    public List<RowResult> ingest(List<IngestRow> rows) {
        RowResult[] results = new RowResult[rows.size()];
        List<Integer> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            IngestRow row = rows.get(i);
            List<String> problems = RowValidator.problems(row);
            if (!problems.isEmpty()) {
                results[i] = RowResult.invalid(i, row == null ? null : row.clientMsgId(), problems);
            } else if (!seen.add(channel(row) + "\n" + row.clientMsgId().strip())) {
                results[i] = RowResult.duplicate(i, row.clientMsgId());
            } else {
                valid.add(i);
            }
        }
        valid.sort(Comparator.comparingLong(i -> rows.get(i).sentAt()));
        Set<String> customerIds = new LinkedHashSet<>();
        for (int i : valid) {
            customerIds.add(rows.get(i).customerId().strip());
        }
        Map<String, Customer> known = customerIds.isEmpty() ? Map.of() : customers.findAll(customerIds);
        List<Pending> pending = new ArrayList<>(valid.size());
        for (int i : valid) {
            IngestRow row = rows.get(i);
            Customer customer = known.get(row.customerId().strip());
            boolean ndaSigned = customer != null && customer.ndaSigned();
            pending.add(new Pending(i, row, tagger.tag(row.text(), RowValidator.direction(row.direction()),
                    attachment(row), ndaSigned, row.customerId().strip())));
        }
        if (!pending.isEmpty() && !storeBatch(pending, results)) {
            List<Pending> fresh = withoutStored(pending, results);
            if (!fresh.isEmpty() && !storeBatch(fresh, results)) {
                for (Pending p : fresh) {
                    results[p.index()] = store(p.index(), p.row(), p.tagged());
                }
            }
        }
        Map<List<String>, Set<String>> writeBack = new LinkedHashMap<>();
        for (Pending p : pending) {
            if (results[p.index()].status() == RowStatus.STORED) {
                afterStored(p.row(), p.tagged(), writeBack);
            }
        }
        writeBack.forEach((pair, tags) -> tagWriter.writeTags(pair.get(0), pair.get(1), tags));
        return List.of(results);
    }

    /**
     * After the batch's insert met a stored row (a retried batch, or a concurrent writer): one lookup per channel
     * reports the stored rows as duplicates and returns the others. Fresh batches, the usual case, skip this lookup
     * (a 500-id IN list and a transaction of its own were ~15% of a batch's time): the unique key on
     * (channel, clientMsgId) is what keeps a row from being stored twice either way.
     */
    private List<Pending> withoutStored(List<Pending> pending, RowResult[] results) {
        Map<String, List<Pending>> byChannel = new LinkedHashMap<>();
        for (Pending p : pending) {
            byChannel.computeIfAbsent(channel(p.row()), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Pending>> e : byChannel.entrySet()) {
            List<String> ids = e.getValue().stream().map(p -> p.row().clientMsgId().strip()).toList();
            Set<String> stored = store.existingClientMsgIds(e.getKey(), ids);
            for (Pending p : e.getValue()) {
                if (stored.contains(p.row().clientMsgId().strip())) {
                    results[p.index()] = RowResult.duplicate(p.index(), p.row().clientMsgId());
                }
            }
        }
        List<Pending> fresh = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            if (results[p.index()] == null) {
                fresh.add(p);
            }
        }
        return fresh;
    }

    /**
     * All rows in one transaction with batched inserts. False (and nothing stored) when a concurrent writer stored
     * one of the rows in the meantime; the caller then falls back to one transaction per row.
     */
    private boolean storeBatch(List<Pending> pending, RowResult[] results) {
        try {
            return transactions.inTransaction(() -> writeBatch(pending, results));
        } catch (DuplicateRow e) {
            return false;
        }
    }

    private boolean writeBatch(List<Pending> pending, RowResult[] results) {
        Set<RepCustomer> pairs = new LinkedHashSet<>();
        for (Pending p : pending) {
            pairs.add(new RepCustomer(p.row().repId().strip(), p.row().customerId().strip()));
        }
        ConversationPlanner planner = new ConversationPlanner(store, splitter, pairs);
        List<ConversationPlanner.Draft> drafts = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            drafts.add(planner.add(p.row().repId().strip(), p.row().customerId().strip(), channel(p.row()),
                    p.row().sentAt(), p.tagged().tags()));
        }
        planner.insertNew();
        List<ChatMessage> messages = new ArrayList<>(pending.size());
        for (int k = 0; k < pending.size(); k++) {
            messages.add(message(pending.get(k).row(), drafts.get(k).conversation().id(), pending.get(k).tagged()));
        }
        List<ChatMessage> stored = store.appendMessages(messages).orElseThrow(DuplicateRow::new);
        planner.updateExtended();
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.get(k);
            results[p.index()] = new RowResult(p.index(), p.row().clientMsgId(), RowStatus.STORED,
                    stored.get(k).id(), stored.get(k).conversationId(), p.tagged().tags(), List.of());
        }
        return true;
    }

    private static ChatMessage message(IngestRow row, long conversationId, TaggedMessage tagged) {
        return new ChatMessage(0, conversationId, channel(row), row.clientMsgId().strip(), row.repId().strip(),
                row.customerId().strip(), RowValidator.direction(row.direction()), row.sentAt(), row.text(),
                tagged.tags());
    }

    private RowResult store(int index, IngestRow row, TaggedMessage tagged) {
        try {
            return transactions.inTransaction(() -> storeInTransaction(index, row, tagged));
        } catch (DuplicateRow e) {
            return RowResult.duplicate(index, row.clientMsgId());
        }
    }

    private RowResult storeInTransaction(int index, IngestRow row, TaggedMessage tagged) {
        String rep = row.repId().strip();
        String customer = row.customerId().strip();
        long sentAt = row.sentAt();
        Optional<Conversation> latest = store.latestOf(rep, customer).filter(c -> splitter.continues(c, sentAt));
        Conversation conversation = latest.orElseGet(() -> store.saveConversation(
                new Conversation(0, rep, customer, channel(row), sentAt, sentAt, 0, List.of())));
        Optional<ChatMessage> stored = store.appendMessage(message(row, conversation.id(), tagged));
        if (stored.isEmpty()) {
            if (latest.isEmpty()) {
                throw new DuplicateRow();
            }
            return RowResult.duplicate(index, row.clientMsgId());
        }
        Conversation extended = IdleGapSplitter.extend(conversation, sentAt);
        Conversation saved = store.saveConversation(new Conversation(extended.id(), rep, customer,
                extended.channel(), extended.startedAt(), extended.lastMessageAt(), extended.messageCount(),
                ConversationTags.merge(conversation.tags(), tagged.tags())));
        return new RowResult(index, row.clientMsgId(), RowStatus.STORED, stored.get().id(), saved.id(),
                tagged.tags(), List.of());
    }

    private void afterStored(IngestRow row, TaggedMessage tagged, Map<List<String>, Set<String>> writeBack) {
        String rep = row.repId().strip();
        String customer = row.customerId().strip();
        for (ComplianceHit hit : tagged.complianceHits()) {
            alerts.complianceHit(rep, customer, row.clientMsgId(), hit,
                    tagger.compliancePolicy().alertsAtOnce(hit.kind()));
        }
        TagResult result = tagged.result();
        boolean price = result.hasSignal(PRICE_SENSITIVE);
        boolean need = price || result.scenarios().stream().anyMatch(s -> !s.tag().equals(SMALL_TALK));
        if (RowValidator.direction(row.direction()) == Direction.IN && need) {
            var step = priceSensitive.count(rep, price);
            if (step.fires()) {
                alerts.priceSensitiveStreak(rep, step.length());
            }
        }
        Set<String> scenarios = new LinkedHashSet<>();
        for (TagAssignment t : result.scenarios()) {
            scenarios.add(t.tag());
        }
        if (!scenarios.isEmpty()) {
            writeBack.computeIfAbsent(List.of(rep, customer), k -> new LinkedHashSet<>()).addAll(scenarios);
        }
    }

    private static Attachment attachment(IngestRow row) {
        return row.attachmentName() == null || row.attachmentName().isBlank() ? null
                : new Attachment(row.attachmentName().strip(), row.attachmentSha256());
    }

    private static String channel(IngestRow row) {
        return row.channel() == null || row.channel().isBlank() ? DEFAULT_CHANNEL : row.channel().strip();
    }

    private record Pending(int index, IngestRow row, TaggedMessage tagged) {
    }

    /** Rolls back the conversation(s) opened for rows that turned out to be retries. */
    private static final class DuplicateRow extends RuntimeException {
        DuplicateRow() {
            super("duplicate row", null, false, false);
        }
    }
}

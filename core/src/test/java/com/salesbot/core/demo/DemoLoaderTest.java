package com.salesbot.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.Transactions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoLoaderTest {
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryTouchStore touches = new InMemoryTouchStore();
    private final InMemoryLeadStore leads = new InMemoryLeadStore();
    private final RecordingConversations conversations = new RecordingConversations();
    private final DemoLoader loader = new DemoLoader(org, new InMemoryCustomerStore(), leads,
            new InMemoryOpportunityStore(), touches, new InMemoryTargetStore(), new InMemoryPaymentStore(),
            conversations, Transactions.none());
    private final DemoCompany company = new DemoCompanyGenerator(BusinessConfig.defaults(), ZoneId.of("Asia/Shanghai"))
            .generate(1, LocalDate.of(2026, 6, 17));

    @Test
    void loadsIntoAnEmptyOrgOnceAndThenLeavesItAlone() {
        assertThat(loader.loadIfEmpty(company)).isTrue();
        assertThat(org.reps()).hasSize(company.people().size());
        assertThat(leads.all()).hasSize(company.leads().size());
        int stored = touches.between(0, Long.MAX_VALUE).size();
        assertThat(stored).isEqualTo(company.touches().size());
        assertThat(conversations.messages).allMatch(m -> m.conversationId() > 0)
                .hasSize(company.conversations().size() * 2);
        assertThat(org.absences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .containsExactlyInAnyOrderElementsOf(company.absences()).isNotEmpty();
        assertThat(leads.all()).filteredOn(Lead::lost).hasSameSizeAs(company.leads().stream().filter(Lead::lost)
                .toList());

        assertThat(loader.loadIfEmpty(company)).isFalse();
        assertThat(touches.between(0, Long.MAX_VALUE)).hasSize(stored);
        assertThat(leads.all()).hasSize(company.leads().size());
    }

    @Test
    void aRealOrgIsNeverMixedWithDemoData() {
        org.saveTeam(new Team("real-t1", "真实一组"));
        assertThat(loader.loadIfEmpty(company)).isFalse();
        assertThat(org.reps()).isEmpty();
        assertThat(touches.between(0, Long.MAX_VALUE)).isEmpty();
    }

    private static final class RecordingConversations implements ConversationStore {
        final List<Conversation> saved = new ArrayList<>();
        final List<ChatMessage> messages = new ArrayList<>();

        @Override
        public Optional<ChatMessage> appendMessage(ChatMessage message) {
            messages.add(message);
            return Optional.of(message);
        }

        @Override
        public Conversation saveConversation(Conversation c) {
            Conversation stored = new Conversation(saved.size() + 1, c.repId(), c.customerId(), c.channel(),
                    c.startedAt(), c.lastMessageAt(), c.messageCount(), c.tags());
            saved.add(stored);
            return stored;
        }

        @Override
        public Optional<Conversation> latestOf(String repId, String customerId) {
            return Optional.empty();
        }

        @Override
        public List<ChatMessage> messagesOf(long conversationId) {
            return messages.stream().filter(m -> m.conversationId() == conversationId).toList();
        }
    }
}

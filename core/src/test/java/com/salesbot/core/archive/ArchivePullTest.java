package com.salesbot.core.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryConversationStore;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.IdleGapSplitter;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.PriceSensitiveCounter;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingAlerts;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArchivePullTest {
    private static final long T0 = 1_780_000_000_000L;
    private static final long MIN = 60_000L;
    private static final Path TAGGING = Path.of("../config/tagging");

    private final CannedArchive archive = new CannedArchive();
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<String> writeBacks = new ArrayList<>();
    private final FlakyKeyValueStore kv = new FlakyKeyValueStore(new InMemoryKeyValueStore(Clock.systemUTC()));
    private final IngestConversations ingest = new IngestConversations(store, customers,
            new MessageTagger(new Tagger(new TaggingRulesReader(BusinessConfig.defaultScenarios())
                    .read(TAGGING, "config/tagging"), TextClassifier.none()),
                    new ComplianceScanner(new ComplianceRulesReader().read(TAGGING, "config/tagging"))),
            IdleGapSplitter.ofMinutes(30), Transactions.none(),
            new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC())),
            new TaggingAlerts() {
                @Override
                public void complianceHit(String repId, String customerId, String id, ComplianceHit hit) {
                }

                @Override
                public void priceSensitiveStreak(String repId, int streakLength) {
                }
            },
            (String rep, String customer, Collection<String> tags) -> writeBacks.add(rep + "/" + customer));

    @BeforeEach
    void people() {
        org.saveRep(new Rep("r1", "张伟", "t1", Role.REP, "zhangwei", null, LocalDate.of(2025, 1, 1), true));
        org.saveRep(new Rep("r2", "李娜", "t1", Role.REP, "lina", null, LocalDate.of(2025, 1, 1), true));
        customers.save(new Customer("c1", "华东机械", "r1", "wmAbc001", "制造业", "A", 0, false));
        customers.save(new Customer("c2", "南方物流", "r2", "woXyz002", "物流", "B", 0, false));
    }

    private ArchivePull pull(int batch) {
        return new ArchivePull(archive, kv, org, customers, ingest, batch);
    }

    private static ArchivedMessage text(long seq, String from, String to, String text) {
        return new ArchivedMessage(seq, "msg" + seq, from, List.of(to), null, T0 + seq * MIN, "text", text);
    }

    @Test
    void customerMessagesAreTaggedWithTheRightDirectionAndTheCursorAdvances() {
        archive.records.add(text(1, "wmAbc001", "zhangwei", "你们这套系统一年多少钱"));
        archive.records.add(text(2, "zhangwei", "wmAbc001", "我把报价单发给您"));
        archive.records.add(text(3, "lina", "woXyz002", "续费流程怎么走我发您"));

        PullReport report = pull(100).pullOnce();

        assertThat(report.fetched()).isEqualTo(3);
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.toSeq()).isEqualTo(3);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("3");
        ChatMessage in = store.messages.get("wecom-archive\nmsg1");
        assertThat(in.direction()).isEqualTo(Direction.IN);
        assertThat(in.repId()).isEqualTo("r1");
        assertThat(in.customerId()).isEqualTo("c1");
        assertThat(in.sentAt()).isEqualTo(T0 + MIN);
        assertThat(in.tags()).extracting(TagAssignment::tag).contains("询价");
        assertThat(store.messages.get("wecom-archive\nmsg2").direction()).isEqualTo(Direction.OUT);
        ChatMessage other = store.messages.get("wecom-archive\nmsg3");
        assertThat(other.repId()).isEqualTo("r2");
        assertThat(other.customerId()).isEqualTo("c2");
        assertThat(other.direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void aPulledBatchLooksItsCustomersUpInOneCallAndMapsLikeOneByOne() {
        List<String> calls = new ArrayList<>();
        com.salesbot.core.port.CustomerStore counting = new com.salesbot.core.port.CustomerStore() {
            @Override
            public void save(Customer customer) {
                customers.save(customer);
            }

            @Override
            public java.util.Optional<Customer> find(String customerId) {
                calls.add("find " + customerId);
                return customers.find(customerId);
            }

            @Override
            public java.util.Optional<Customer> findByWecomExternalUserId(String externalUserId) {
                calls.add("one " + externalUserId);
                return customers.findByWecomExternalUserId(externalUserId);
            }

            @Override
            public java.util.Map<String, Customer> findByWecomExternalUserIds(Collection<String> externalUserIds) {
                calls.add("bulk " + List.copyOf(externalUserIds));
                return com.salesbot.core.port.CustomerStore.super.findByWecomExternalUserIds(externalUserIds);
            }

            @Override
            public List<Customer> ofOwner(String repId) {
                return customers.ofOwner(repId);
            }

            @Override
            public List<Customer> all() {
                return customers.all();
            }
        };
        archive.records.add(text(1, "wmAbc001", "zhangwei", "你们这套系统一年多少钱"));
        archive.records.add(text(2, "zhangwei", "wmAbc001", "我把报价单发给您"));
        archive.records.add(text(3, "lina", "woXyz002", "续费流程怎么走我发您"));
        archive.records.add(text(4, "wmUnknown", "lina", "你好"));

        PullReport report = new ArchivePull(archive, kv, org, counting, ingest, 100).pullOnce();

        assertThat(calls.stream().filter(c -> c.startsWith("bulk"))).containsExactly(
                "bulk [wmAbc001, woXyz002, wmUnknown]");
        // the single lookups seen are the default bulk method's own, one per distinct id
        assertThat(calls.stream().filter(c -> c.startsWith("one"))).containsExactly(
                "one wmAbc001", "one woXyz002", "one wmUnknown");
        assertThat(report.stored()).isEqualTo(3);
        assertThat(report.skipped()).containsEntry(SkipReason.UNKNOWN_PERSON, 1);
        assertThat(store.messages.get("wecom-archive\nmsg1").customerId()).isEqualTo("c1");
        assertThat(store.messages.get("wecom-archive\nmsg2").direction()).isEqualTo(Direction.OUT);
        assertThat(store.messages.get("wecom-archive\nmsg3").customerId()).isEqualTo("c2");
    }

    @Test
    void theNextPullStartsAfterTheStoredCursor() {
        archive.records.add(text(5, "wmAbc001", "zhangwei", "价格能再便宜点吗"));
        pull(100).pullOnce();
        archive.records.add(text(9, "wmAbc001", "zhangwei", "合同什么时候能发"));

        PullReport second = pull(100).pullOnce();

        assertThat(archive.requestedSeqs).containsExactly(0L, 5L);
        assertThat(second.fromSeq()).isEqualTo(5);
        assertThat(second.fetched()).isEqualTo(1);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("9");
    }

    @Test
    void aFailingPullLeavesTheCursorAndIsRetriedFromTheSameSeq() {
        archive.records.add(text(1, "wmAbc001", "zhangwei", "你们这套系统一年多少钱"));
        pull(100).pullOnce();
        archive.records.add(text(2, "wmAbc001", "zhangwei", "能便宜点吗"));
        archive.failNext = 1;

        assertThatThrownBy(() -> pull(100).pullOnce()).isInstanceOf(ArchiveException.class);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("1");

        PullReport retry = pull(100).pullOnce();
        assertThat(archive.requestedSeqs).containsExactly(0L, 1L, 1L);
        assertThat(retry.stored()).isEqualTo(1);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("2");
    }

    @Test
    void aCrashBeforeTheCursorIsWrittenReReadsTheBatchWithoutTaggingTwice() {
        archive.records.add(text(1, "wmAbc001", "zhangwei", "你们这套系统一年多少钱"));
        archive.records.add(text(2, "zhangwei", "wmAbc001", "我把报价单发给您"));
        kv.failNextPut = true;

        assertThatThrownBy(() -> pull(100).pullOnce()).isInstanceOf(IllegalStateException.class);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).isEmpty();
        assertThat(store.messages).hasSize(2);
        int writeBacksAfterFirst = writeBacks.size();
        assertThat(writeBacksAfterFirst).isPositive();

        PullReport again = pull(100).pullOnce();

        assertThat(again.fetched()).isEqualTo(2);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(store.messages).hasSize(2);
        assertThat(store.conversations.values().iterator().next().messageCount()).isEqualTo(2);
        assertThat(writeBacks).hasSize(writeBacksAfterFirst);
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("2");
    }

    @Test
    void unknownPeopleNonTextAndGroupsWithoutACustomerAreSkippedAndCountedButTheCursorMoves() {
        archive.records.add(text(1, "wmUnknown", "zhangwei", "你好"));
        archive.records.add(text(2, "zhangwei", "wmUnknown", "您好"));
        archive.records.add(text(3, "nobody", "wmAbc001", "在吗"));
        archive.records.add(new ArchivedMessage(4, "msg4", "wmAbc001", List.of("zhangwei"), null, T0, "image",
                null));
        archive.records.add(new ArchivedMessage(5, "msg5", "zhangwei", List.of("wmAbc001", "woXyz002", "lina"),
                "wrRoom1", T0, "text", "大家好"));
        archive.records.add(new ArchivedMessage(6, "msg6", "wmStranger", List.of("zhangwei", "lina"), "wrRoom2",
                T0, "text", "报价多少"));
        archive.records.add(text(7, "zhangwei", "lina", "下午开会"));
        archive.records.add(new ArchivedMessage(8, "msg8", "zhangwei", List.of(), null, T0, null, null));

        PullReport report = pull(100).pullOnce();

        assertThat(report.fetched()).isEqualTo(8);
        assertThat(report.stored()).isZero();
        assertThat(report.skipped(SkipReason.UNKNOWN_PERSON)).isEqualTo(3);
        assertThat(report.skipped(SkipReason.NOT_TEXT)).isEqualTo(2);
        assertThat(report.skipped(SkipReason.GROUP_WITHOUT_CUSTOMER)).isEqualTo(2);
        assertThat(report.skipped(SkipReason.NO_EXTERNAL_PARTY)).isEqualTo(1);
        assertThat(store.messages).isEmpty();
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).contains("8");
    }

    @Test
    void inAGroupTheCustomersOwnerTakesTheMessageAndARepMessageNeedsExactlyOneKnownCustomer() {
        archive.records.add(new ArchivedMessage(1, "msg1", "woXyz002", List.of("zhangwei", "lina", "wmAbc001"),
                "wrRoom1", T0, "text", "发票怎么开"));
        archive.records.add(new ArchivedMessage(2, "msg2", "zhangwei", List.of("woXyz002", "lina", "wmNew"),
                "wrRoom1", T0 + MIN, "text", "我来跟进"));

        PullReport report = pull(100).pullOnce();

        assertThat(report.stored()).isEqualTo(2);
        ChatMessage fromCustomer = store.messages.get("wecom-archive\nmsg1");
        assertThat(fromCustomer.repId()).isEqualTo("r2");
        assertThat(fromCustomer.customerId()).isEqualTo("c2");
        assertThat(fromCustomer.direction()).isEqualTo(Direction.IN);
        ChatMessage fromRep = store.messages.get("wecom-archive\nmsg2");
        assertThat(fromRep.repId()).isEqualTo("r1");
        assertThat(fromRep.customerId()).isEqualTo("c2");
        assertThat(fromRep.direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void pullUntilCaughtUpStopsWhenABatchIsNotFullOrAtTheBatchLimit() {
        for (int i = 1; i <= 5; i++) {
            archive.records.add(text(i, "wmAbc001", "zhangwei", "第" + i + "条"));
        }
        PullReport report = pull(2).pullUntilCaughtUp(10);
        assertThat(archive.requestedSeqs).containsExactly(0L, 2L, 4L);
        assertThat(report.fetched()).isEqualTo(5);
        assertThat(report.stored()).isEqualTo(5);
        assertThat(report.more()).isFalse();

        for (int i = 6; i <= 11; i++) {
            archive.records.add(text(i, "wmAbc001", "zhangwei", "第" + i + "条"));
        }
        PullReport capped = pull(2).pullUntilCaughtUp(2);
        assertThat(capped.fetched()).isEqualTo(4);
        assertThat(capped.toSeq()).isEqualTo(9);
        assertThat(capped.more()).isTrue();
    }

    @Test
    void anEmptyPullDoesNotTouchTheCursor() {
        PullReport report = pull(10).pullOnce();
        assertThat(report.fetched()).isZero();
        assertThat(kv.puts).isZero();
        assertThat(kv.get(ArchivePull.CURSOR_KEY)).isEmpty();
    }

    @Test
    void batchSizeIsBetweenOneAndTheApiMaximum() {
        assertThat(pull(1)).isNotNull();
        assertThat(pull(ArchivePull.MAX_BATCH)).isNotNull();
        assertThatThrownBy(() -> pull(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pull(ArchivePull.MAX_BATCH + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptCursorStopsThePullInsteadOfStartingOver() {
        kv.put(ArchivePull.CURSOR_KEY, "abc", Duration.ofDays(1));
        assertThatThrownBy(() -> pull(10).pullOnce()).isInstanceOf(ArchiveException.class)
                .hasMessageContaining(ArchivePull.CURSOR_KEY);
        assertThat(archive.requestedSeqs).isEmpty();
    }
}

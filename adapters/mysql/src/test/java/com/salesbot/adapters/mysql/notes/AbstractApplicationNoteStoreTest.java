package com.salesbot.adapters.mysql.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.port.ApplicationNote;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R19 application notes survive in the database, in order, with Chinese text intact. */
abstract class AbstractApplicationNoteStoreTest {
    @Inject
    MyBatisApplicationNoteStore store;

    @Test
    void notesAreKeptPerRepInWritingOrder() {
        String rep = "rep-" + UUID.randomUUID();
        store.save(new ApplicationNote(rep, "pricing-101", "高价值客户定价策略", "先讲价值再谈价格，报价附上ROI测算 👍",
                2_000L));
        store.save(new ApplicationNote(rep, "pricing-101", "高价值客户定价策略", "第二条笔记", 1_000L));
        store.save(new ApplicationNote("other-" + rep, "pricing-101", null, "别人的", 1_500L));

        assertThat(store.ofRep(rep)).extracting(ApplicationNote::text)
                .containsExactly("第二条笔记", "先讲价值再谈价格，报价附上ROI测算 👍");
        assertThat(store.ofRep(rep).get(1).lessonTitle()).isEqualTo("高价值客户定价策略");
    }
}

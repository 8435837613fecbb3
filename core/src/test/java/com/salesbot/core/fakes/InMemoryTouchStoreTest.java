package com.salesbot.core.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import org.junit.jupiter.api.Test;

/** The fake follows the TouchStore Javadoc, so engine tests mean what they say. */
class InMemoryTouchStoreTest {
    private final InMemoryTouchStore store = new InMemoryTouchStore();

    private static Touch touch(long at, String externalId) {
        return new Touch(0, "r1", "c1", TouchKind.CALL, at, 60, null, null, 0, "api", externalId);
    }

    @Test
    void insertIsIdempotentOnSourceAndExternalId() {
        Touch a = store.insert(touch(100, "x1"));
        assertThat(store.insert(touch(200, "x1"))).isEqualTo(a);
        assertThat(store.insert(touch(200, "x2")).id()).isNotEqualTo(a.id());
        assertThat(store.insert(touch(200, null)).id()).isNotEqualTo(store.insert(touch(200, null)).id());
    }

    @Test
    void aResultIsRecordedOnceAndTheNoteOnlyAfterIt() {
        Touch t = store.insert(touch(100, null));
        assertThat(store.recordNote(t.id(), "早了")).isFalse();
        assertThat(store.recordResult(t.id(), "quoted", null, 500)).isTrue();
        assertThat(store.recordResult(t.id(), "no_need", null, 600)).isFalse();
        assertThat(store.recordResult(999, "quoted", null, 600)).isFalse();
        assertThat(store.recordNote(t.id(), "要样品")).isTrue();
        assertThat(store.recordNote(t.id(), "再改")).isFalse();
        Touch stored = store.find(t.id()).orElseThrow();
        assertThat(stored.resultTag()).isEqualTo("quoted");
        assertThat(stored.taggedAt()).isEqualTo(500);
        assertThat(stored.note()).isEqualTo("要样品");
    }

    @Test
    void rangesAreStartInclusiveEndExclusiveAndUntaggedOldestFirst() {
        Touch late = store.insert(touch(300, null));
        Touch early = store.insert(touch(100, null));
        Touch tagged = store.insert(touch(200, null));
        store.recordResult(tagged.id(), "quoted", null, 250);
        assertThat(store.between(100, 300)).extracting(Touch::id).containsExactlyInAnyOrder(early.id(), tagged.id());
        assertThat(store.untaggedBefore(301)).extracting(Touch::id).containsExactly(early.id(), late.id());
        assertThat(store.untaggedBefore(300)).extracting(Touch::id).containsExactly(early.id());
    }
}

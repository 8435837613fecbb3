package com.salesbot.adapters.knowledge;

import java.nio.file.Path;

/** The shipped knowledge base of config/knowledge, indexed once for all tests of this module. */
final class KnowledgeFixture {
    static final Path SHIPPED = Path.of("../../config/knowledge");
    private static KnowledgeIndex shipped;

    private KnowledgeFixture() {
    }

    static synchronized KnowledgeIndex shippedIndex() {
        if (shipped == null) {
            shipped = KnowledgeIndex.build(KnowledgeBaseLoader.load(SHIPPED));
        }
        return shipped;
    }
}

package com.salesbot.adapters.knowledge;

/** The indexed fields of an article and how much a query term found in each counts. */
enum KnowledgeField {
    TITLE("title", 2.0f),
    KEYWORDS("keywords", 2.0f),
    CUSTOMER_TYPES("customerTypes", 1.5f),
    BODY("body", 1.0f);

    final String name;
    final float boost;

    KnowledgeField(String name, float boost) {
        this.name = name;
        this.boost = boost;
    }
}

package com.salesbot.core.model;

/** A scenario tag (询价, 投诉, 续费 ...) or a signal (price sensitive, compliance hit). */
public enum TagKind {
    SCENARIO, SIGNAL
}

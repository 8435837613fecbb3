package com.salesbot.core.chat.port;

import com.salesbot.core.model.Touch;
import java.util.Optional;

/** R22 hook: called right after a result tag is recorded; empty when nothing matches. */
@FunctionalInterface
public interface KnowledgeMatcher {
    Optional<KnowledgeMatch> bestMatch(Touch taggedTouch);

    KnowledgeMatcher NONE = touch -> Optional.empty();
}

package com.salesbot.core.tagging;

import java.util.Collection;

/**
 * Writes scenario tags back to the platform's customer tags (R16; WeCom corp customer tags). Implementations
 * never throw for platform errors: they log or retry on their own.
 */
public interface CustomerTagWriter {
    void writeTags(String repId, String customerId, Collection<String> tags);

    static CustomerTagWriter none() {
        return (repId, customerId, tags) -> { };
    }
}

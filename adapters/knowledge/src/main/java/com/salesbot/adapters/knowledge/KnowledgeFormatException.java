package com.salesbot.adapters.knowledge;

/** A knowledge article that cannot be used; the message starts with {@code file:line:} where the line is known. */
public final class KnowledgeFormatException extends RuntimeException {
    public KnowledgeFormatException(String message) {
        super(message);
    }

    public KnowledgeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.salesbot.core.tagging;

/**
 * A file sent with a message.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record Attachment(String fileName, String sha256) {
    public Attachment {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("attachment file name is required");
        }
        sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

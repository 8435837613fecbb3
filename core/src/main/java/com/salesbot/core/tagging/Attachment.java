package com.salesbot.core.tagging;

import java.util.Locale;

/**
 * A file sent with a message, known by the hashes its source gives: the WeCom archive reports the MD5 (md5sum) of a
 * file, other sources the SHA-256. Hashes are lower-case hex, empty when unknown.
 */
public record Attachment(String fileName, String sha256, String md5) {
    public Attachment {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("attachment file name is required");
        }
        sha256 = clean(sha256);
        md5 = clean(md5);
    }

    /** One hash of unknown kind: 32 hex characters are an MD5, anything else is taken as the SHA-256. */
    public Attachment(String fileName, String hash) {
        this(fileName, clean(hash).length() == 32 ? "" : hash, clean(hash).length() == 32 ? hash : "");
    }

    private static String clean(String hash) {
        return hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
    }
}

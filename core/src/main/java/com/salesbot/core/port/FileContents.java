package com.salesbot.core.port;

import java.util.Optional;

/** The bytes behind a {@link com.salesbot.core.card.FileMessage} reference, loaded when the message is sent. */
public interface FileContents {
    /** Platforms refuse larger file messages (WeCom and DingTalk media upload: 20 MB for files). */
    int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** The file's bytes; empty when the reference is unknown or its bytes can no longer be produced. */
    Optional<byte[]> load(String ref);

    /** Knows no files (channels that never send any). */
    static FileContents none() {
        return ref -> Optional.empty();
    }
}

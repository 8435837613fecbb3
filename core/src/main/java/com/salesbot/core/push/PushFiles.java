package com.salesbot.core.push;

import java.util.Optional;

/** Files attached to pushes (the R6 CSV): cards carry no files, so a push links to one the bot serves. */
public interface PushFiles {
    /**
     * Keeps the file and returns the absolute, signed, expiring link to put in the card, e.g.
     * {@code https://bot.example.com/push-files/<token>/top10.csv?exp=…&sig=…}.
     */
    String publish(String fileName, byte[] content);

    /** The file behind a token, if it is still kept. */
    Optional<StoredFile> open(String token);

    record StoredFile(String fileName, byte[] content) {
    }
}

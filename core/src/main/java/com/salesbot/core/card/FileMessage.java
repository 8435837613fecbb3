package com.salesbot.core.card;

import com.salesbot.core.model.Require;

/**
 * A file sent as a platform file message (WeCom msgtype=file, DingTalk sampleFile). The outbox row keeps only this
 * small reference; the sender loads the bytes through {@link com.salesbot.core.port.FileContents} when it sends.
 * When the bytes cannot be loaded, or the channel has no file messages (sandbox), the fallback text (a signed
 * download link) is shown instead.
 *
 * @param fileName     the name the recipient sees, e.g. 报价单-BJ-20261203-001.pdf
 * @param ref          what {@code FileContents} loads, e.g. {@code quote:BJ-20261203-001}
 * @param fallbackText said instead of the file when it cannot be sent as one (carries the signed link)
 */
public record FileMessage(String fileName, String ref, String fallbackText) implements OutgoingMessage {
    public FileMessage {
        Require.text(fileName, "file name");
        Require.text(ref, "file ref");
        Require.text(fallbackText, "fallback text");
    }
}

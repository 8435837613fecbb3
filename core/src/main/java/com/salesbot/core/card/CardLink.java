package com.salesbot.core.card;

import com.salesbot.core.model.Require;
import java.net.URI;

/**
 * A link shown under a card (the full list behind a cut card, a downloadable file). Channels render it as a link
 * of their own markup, never as user text, so only the bot can put a live link into a message.
 *
 * @param label what the link says, e.g. 完整名单
 * @param url   absolute http(s) URL: neither client can open a relative path
 * @param unit  what the card's list counts, for the "还有N人…" note when a channel has to cut it (e.g. 人, 条)
 */
public record CardLink(String label, String url, String unit) {
    public CardLink {
        Require.text(label, "link label");
        Require.text(url, "link url");
        String scheme = URI.create(url).getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("link url must be absolute http(s): " + url);
        }
        unit = unit == null || unit.isBlank() ? "条" : unit;
    }
}

package com.salesbot.adapters.wecom.send;

import com.salesbot.core.markdown.FullWidth;

/**
 * Makes text safe for WeCom. WeCom markdown knows headings, bold, links, inline code, quotes and
 * {@code <font color>} (发送应用消息, markdown消息): each of those marks in plain text is replaced by its full-width
 * twin, so text typed by a user reads the same but can never become a link, bold, a colour or a quote. Template-card
 * fields are not markdown, but WeCom translates {@code $userName=…$} there (id转译), so {@code $} is replaced too.
 */
public final class WecomText {
    private WecomText() {
    }

    public static String markdown(String text) {
        return FullWidth.escape(text, "[]()<>*`#_~\\", "");
    }

    public static String cardField(String text) {
        return text == null ? null : text.replace('$', '＄');
    }
}

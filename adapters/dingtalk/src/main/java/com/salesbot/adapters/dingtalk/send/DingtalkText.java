package com.salesbot.adapters.dingtalk.send;

import com.salesbot.core.markdown.FullWidth;

/**
 * Makes text safe for DingTalk markdown (headings, bold, italics, links, images, lists, quotes and
 * {@code <font color>}, per "消息类型说明"): each of those marks in plain text is replaced by its full-width twin, so
 * text typed by a user reads the same but can never become a link, an image, bold, a colour, a quote or a list.
 */
public final class DingtalkText {
    private DingtalkText() {
    }

    public static String markdown(String text) {
        return FullWidth.escape(text, "[]()<>*`#_~!|\\", "-+");
    }
}

package com.salesbot.adapters.dingtalk.send;

/**
 * Makes text safe for DingTalk markdown (headings, bold, italics, links, images, lists, quotes and
 * {@code <font color>}, per "消息类型说明"): each of those marks in plain text is replaced by its full-width twin, so
 * text typed by a user reads the same but can never become a link, an image, bold, a colour, a quote or a list.
 */
public final class DingtalkText {
    private DingtalkText() {
    }

    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStart = out.isEmpty();
            out.append(switch (c) {
                case '[' -> '［';
                case ']' -> '］';
                case '(' -> '（';
                case ')' -> '）';
                case '<' -> '＜';
                case '>' -> '＞';
                case '*' -> '＊';
                case '`' -> '｀';
                case '#' -> '＃';
                case '_' -> '＿';
                case '~' -> '～';
                case '!' -> '！';
                case '|' -> '｜';
                case '\\' -> '＼';
                case '-', '+' -> lineStart ? (c == '-' ? '－' : '＋') : c;
                case '\n', '\r' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }
}

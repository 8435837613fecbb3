package com.salesbot.adapters.wecom.send;

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
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
                case '\\' -> '＼';
                case '\n', '\r' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }

    public static String cardField(String text) {
        return text == null ? null : text.replace('$', '＄');
    }
}

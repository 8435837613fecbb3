package com.salesbot.bot.startup;

import java.util.regex.Pattern;

/** Removes passwords and tokens from text that may reach a log line or an error message. */
public final class Secrets {
    private static final Pattern URI_PASSWORD = Pattern.compile("(://[^:/@\\s]*:)[^@\\s]+@");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "(?i)((?:password|secret|access_token|appsecret|corpsecret|token)=)[^&\\s;]+");

    private Secrets() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = URI_PASSWORD.matcher(text).replaceAll("$1***@");
        return QUERY_SECRET.matcher(out).replaceAll("$1***");
    }
}

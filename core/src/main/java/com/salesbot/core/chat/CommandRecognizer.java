package com.salesbot.core.chat;

import com.salesbot.core.chat.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic command recognition for short chat messages, over the phrases and shapes the features register:
 * slash forms ("/target 王五"), the registered phrases with the fillers people add around them ("帮我看看目标完成情况"),
 * a phrase followed by arguments for commands that take them ("打卡 40分钟", "请假 明天") and registered shapes
 * ("张三的目标"). The whole message must be the command, so a note such as "对比了三家报价" is never taken as 对比.
 * The typo and variant phrases live with the feature that owns the command. Input must already be
 * {@link TextNormalizer#normalize normalised}.
 *
 * @param <T> what a phrase leads to (the router's command route)
 */
final class CommandRecognizer<T> {
    private static final Pattern SLASH = Pattern.compile("^(/[a-z]+)\\s*(.*)$");
    private static final Pattern PREFIX = Pattern.compile(
            "^(请|麻烦|帮我|给我|我要|我想|想|再)?(看下|看一下|看看|瞧瞧|查下|查一下|查查|查看|查询|看|查|发下|发一下|来个|来一下)?");
    private static final Pattern SUFFIX = Pattern.compile(
            "(情况|怎么样|如何|咋样|进度|完成情况|健康度)?(呢|吗|吧|啊|呀|哈|嘛|一下)*$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s?!.,~…。，、！？～:：;；]+$");
    /** What a message of punctuation only (a lone "？") is looked up as. */
    private static final String QUESTION_MARK = "?";

    private final Map<String, T> phrases = new HashMap<>();
    private final List<Map.Entry<Pattern, T>> shapes = new ArrayList<>();
    private final Predicate<T> takesArguments;

    /** A recognised command and what followed it ("" when nothing did). */
    record Match<T>(T target, String arguments) {
    }

    CommandRecognizer(Predicate<T> takesArguments) {
        this.takesArguments = takesArguments;
    }

    /** The key a phrase is stored and looked up under. */
    static String key(String phrase) {
        return TextNormalizer.normalize(phrase).replace(" ", "");
    }

    /** Adds a phrase; returns what it already led to, if anything (the caller refuses the duplicate). */
    Optional<T> add(String phrase, T target) {
        String key = key(phrase);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty command phrase");
        }
        return Optional.ofNullable(phrases.putIfAbsent(key, target));
    }

    /** Adds a shape of the whole (filler-stripped) message; group 1, when the pattern has one, is the argument. */
    void add(Pattern shape, T target) {
        shapes.add(Map.entry(shape, target));
    }

    Optional<Match<T>> recognize(String normalized) {
        String text = TRAILING_PUNCT.matcher(normalized == null ? "" : normalized).replaceAll("");
        if (text.isEmpty()) {
            return normalized != null && !normalized.isBlank()
                    ? Optional.ofNullable(phrases.get(QUESTION_MARK)).map(t -> new Match<>(t, ""))
                    : Optional.empty();
        }
        Matcher slash = SLASH.matcher(text);
        if (slash.matches()) {
            return Optional.ofNullable(phrases.get(slash.group(1))).map(t -> new Match<>(t, slash.group(2).trim()));
        }
        Optional<T> whole = lookup(text);
        if (whole.isPresent()) {
            return Optional.of(new Match<>(whole.get(), ""));
        }
        String stripped = strip(text);
        for (Map.Entry<Pattern, T> shape : shapes) {
            Matcher m = shape.getKey().matcher(stripped);
            if (m.matches()) {
                return Optional.of(new Match<>(shape.getValue(), m.groupCount() >= 1 && m.group(1) != null
                        ? m.group(1).trim() : ""));
            }
        }
        return withArguments(text);
    }

    /** "打卡 40分钟", "拜访完成45分钟": a phrase, then a space or digits, then the rest. */
    private Optional<Match<T>> withArguments(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean boundary = c == ' ' || (Character.isDigit(c) && !Character.isDigit(text.charAt(i - 1)));
            if (!boundary) {
                continue;
            }
            Optional<T> head = lookup(text.substring(0, i).trim()).filter(takesArguments);
            if (head.isPresent()) {
                return Optional.of(new Match<>(head.get(), text.substring(i).trim()));
            }
        }
        return Optional.empty();
    }

    private Optional<T> lookup(String text) {
        T direct = phrases.get(text.replace(" ", ""));
        if (direct != null) {
            return Optional.of(direct);
        }
        return Optional.ofNullable(phrases.get(strip(text).replace(" ", "")));
    }

    private static String strip(String text) {
        String withoutPrefix = PREFIX.matcher(text).replaceFirst("");
        String stripped = SUFFIX.matcher(withoutPrefix).replaceFirst("");
        return stripped.isEmpty() ? text : stripped.trim();
    }
}

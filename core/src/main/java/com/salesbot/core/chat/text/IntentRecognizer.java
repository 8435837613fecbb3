package com.salesbot.core.chat.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic command recognition for short chat messages (DESIGN.md §4): slash forms, the Chinese phrases
 * with the fillers and typos people really type, "张三的目标" for another person and "打卡 40分钟". The whole
 * message must be the command, so a note such as "对比了三家报价" is never taken as 对比.
 * Input must already be {@link TextNormalizer#normalize normalised}.
 */
public final class IntentRecognizer {
    private static final Pattern SLASH = Pattern.compile("^/([a-z]+)\\s*(.*)$");
    private static final Pattern PREFIX = Pattern.compile(
            "^(请|麻烦|帮我|给我|我要|我想|想|再)?(看下|看一下|看看|瞧瞧|查下|查一下|查查|查看|查询|看|查|发下|发一下|来个|来一下)?");
    private static final Pattern SUFFIX = Pattern.compile(
            "(情况|怎么样|如何|咋样|进度|完成情况|健康度)?(呢|吗|吧|啊|呀|哈|嘛|一下)*$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s?!.,~…。，、！？～:：;；]+$");
    private static final Pattern OTHER_TARGET = Pattern.compile("^(.{1,12}?)的(目标|业绩)$");
    private static final Pattern TARGET_WITH_NAME = Pattern.compile("^(目标|业绩)\\s+(\\S{1,12})$");
    private static final Pattern CHECKIN_MINUTES = Pattern.compile("^(.+?)\\s*(\\d{1,3})\\s*(分钟|分|min|mins|minutes)$");
    private static final Map<String, Intent> SLASH_COMMANDS = Map.of("target", Intent.TARGET, "team",
            Intent.TEAM_TARGET, "lead", Intent.LEAD, "checkin", Intent.CHECKIN, "compare", Intent.COMPARE,
            "help", Intent.HELP);
    private static final Map<String, Intent> PHRASES = phrases();

    public IntentMatch recognize(String normalized) {
        String text = TRAILING_PUNCT.matcher(normalized == null ? "" : normalized).replaceAll("");
        if (text.isEmpty()) {
            return normalized != null && !normalized.isBlank() ? IntentMatch.of(Intent.HELP)
                    : IntentMatch.of(Intent.UNKNOWN);
        }
        Matcher slash = SLASH.matcher(text);
        if (slash.matches()) {
            Intent intent = SLASH_COMMANDS.getOrDefault(slash.group(1), Intent.UNKNOWN);
            String rest = slash.group(2).isBlank() ? null : slash.group(2).trim();
            return new IntentMatch(intent, intent == Intent.CHECKIN ? minutes(rest) : rest);
        }
        Matcher minutes = CHECKIN_MINUTES.matcher(text);
        if (minutes.matches() && lookup(minutes.group(1)) == Intent.CHECKIN) {
            return new IntentMatch(Intent.CHECKIN, minutes.group(2));
        }
        Intent intent = lookup(text);
        if (intent != Intent.UNKNOWN) {
            return IntentMatch.of(intent);
        }
        return otherPersonTarget(strip(text));
    }

    private static IntentMatch otherPersonTarget(String text) {
        Matcher named = TARGET_WITH_NAME.matcher(text);
        if (named.matches()) {
            return subject(named.group(2));
        }
        Matcher other = OTHER_TARGET.matcher(text);
        if (other.matches()) {
            return subject(other.group(1));
        }
        return IntentMatch.of(Intent.UNKNOWN);
    }

    private static IntentMatch subject(String name) {
        String trimmed = name.trim();
        if (List.of("我", "我们", "自己", "我自己").contains(trimmed)) {
            return IntentMatch.of(Intent.TARGET);
        }
        if (List.of("团队", "我们组", "我们团队", "全组", "小组", "组").contains(trimmed)) {
            return IntentMatch.of(Intent.TEAM_TARGET);
        }
        return new IntentMatch(Intent.TARGET, trimmed);
    }

    private static String minutes(String rest) {
        if (rest == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(\\d{1,3})\\s*(分钟|分|min|mins|minutes)?$").matcher(rest);
        return m.matches() ? m.group(1) : null;
    }

    private static Intent lookup(String text) {
        Intent direct = PHRASES.get(text.replace(" ", ""));
        if (direct != null) {
            return direct;
        }
        return PHRASES.getOrDefault(strip(text).replace(" ", ""), Intent.UNKNOWN);
    }

    private static String strip(String text) {
        String withoutPrefix = PREFIX.matcher(text).replaceFirst("");
        String stripped = SUFFIX.matcher(withoutPrefix).replaceFirst("");
        return stripped.isEmpty() ? text : stripped.trim();
    }

    private static Map<String, Intent> phrases() {
        Map<String, Intent> map = new HashMap<>();
        put(map, Intent.TARGET, "目标", "我的目标", "目标健康", "目标完成", "我的目标健康度", "完成率", "我的完成率",
                "业绩", "我的业绩", "目表", "木标", "母标", "幕标", "我的目表", "mubiao", "target");
        put(map, Intent.TEAM_TARGET, "团队目标", "团队", "团队业绩", "全组目标", "我们组目标", "我们组", "小组目标",
                "组目标", "团队的目标", "我们团队", "我们团队目标", "队伍目标", "团对目标", "团队目表", "全员目标", "team");
        put(map, Intent.LEAD, "录线索", "录入线索", "新线索", "登记线索", "新增线索", "加线索", "添加线索", "录个线索",
                "录一条线索", "线索", "新建线索", "录线所", "绿线索", "录先锁", "lead");
        put(map, Intent.CHECKIN, "打卡", "拜访完成", "拜访结束", "完成拜访", "拜访完了", "通话结束", "打个卡",
                "打咔", "签到", "见完客户了", "拜访打卡", "打卡拜访完成", "checkin");
        put(map, Intent.COMPARE, "对比", "我的对比", "比较", "对比数据", "我的对比数据", "和团队比", "跟团队比",
                "对必", "队比", "对笔", "compare");
        put(map, Intent.HELP, "帮助", "help", "菜单", "怎么用", "你能做什么", "你会什么", "功能", "?", "你好", "您好",
                "hi", "hello", "在吗", "在么", "使用说明", "帮忙", "命令");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Intent> map, Intent intent, String... phrases) {
        for (String phrase : phrases) {
            map.put(phrase, intent);
        }
    }
}

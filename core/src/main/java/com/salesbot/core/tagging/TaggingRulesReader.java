package com.salesbot.core.tagging;

import com.salesbot.core.config.Choice;
import com.salesbot.core.model.TagKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads config/tagging/rules.tsv. Lines (tab-separated):
 * <pre>
 * scenario  投诉  投诉-关键词  0.92  投诉|差评|re:12315
 * signal    价格敏感  价格敏感-关键词  0.9  太贵|便宜点
 * set       min_confidence  0.5
 * set       negated_factor  0.2
 * set       negation  不是|并非|没有
 * set       fallback  闲聊
 * </pre>
 * A scenario must be one of the configured scenario types (label or code; stored as the label). Words are split on
 * '|'; regular expressions come after the words, each starting with {@code re:} (so a pattern may use '|' itself),
 * at most {@link #MAX_PATTERN_CHARS} characters each.
 */
public final class TaggingRulesReader {
    public static final String FILE = "rules.tsv";
    static final int MAX_PATTERN_CHARS = 200;

    private final List<Choice> scenarios;

    public TaggingRulesReader(List<Choice> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    public TaggingRules read(Path folder, String shownFolder) {
        List<String> problems = new ArrayList<>();
        ConfigLines lines = new ConfigLines(shownFolder + "/" + FILE, problems);
        List<TagRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        double[] settings = {TaggingRules.DEFAULT_MIN_CONFIDENCE, TaggingRules.DEFAULT_NEGATED_FACTOR};
        String[] fallback = {null};
        List<String> negation = new ArrayList<>(Negation.DEFAULT_WORDS);
        lines.read(folder.resolve(FILE), (n, f) -> {
            switch (f[0]) {
                case "scenario", "signal" -> rule(lines, n, f, names).ifPresent(rules::add);
                case "set" -> setting(lines, n, f, settings, negation, fallback);
                default -> lines.problem(n, "unknown line type \"" + f[0] + "\" (scenario, signal or set)");
            }
        });
        if (problems.isEmpty() && rules.isEmpty()) {
            problems.add(shownFolder + "/" + FILE + ": no rule defined");
        }
        if (!problems.isEmpty()) {
            throw new TaggingConfigException(problems);
        }
        return new TaggingRules(rules, new Negation(negation), settings[0], settings[1], fallback[0]);
    }

    private Optional<TagRule> rule(ConfigLines lines, int n, String[] f, Set<String> names) {
        if (f.length != 5) {
            lines.problem(n, "a rule needs 5 tab-separated fields (type, tag, name, confidence, words), got "
                    + f.length);
            return Optional.empty();
        }
        TagKind kind = f[0].equals("scenario") ? TagKind.SCENARIO : TagKind.SIGNAL;
        String tag = f[1];
        if (kind == TagKind.SCENARIO) {
            tag = scenarioLabel(f[1]);
            if (tag == null) {
                lines.problem(n, "unknown scenario \"" + f[1] + "\"; configured: "
                        + scenarios.stream().map(Choice::label).toList());
                return Optional.empty();
            }
        }
        if (!names.add(f[2])) {
            lines.problem(n, "rule name \"" + f[2] + "\" is used twice");
        }
        double confidence = number(lines, n, f[3]);
        if (!(confidence > 0 && confidence <= 1)) {
            lines.problem(n, "confidence must be a number in (0, 1], got \"" + f[3] + "\"");
            return Optional.empty();
        }
        List<String> keywords = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String words = f[4];
        int re = words.startsWith("re:") ? 0 : words.indexOf("|re:");
        re = re > 0 ? re + 1 : re;
        String plain = re < 0 ? words : words.substring(0, Math.max(0, re - 1));
        for (String w : plain.split("\\|")) {
            if (!w.isBlank()) {
                keywords.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (re >= 0) {
            for (String regex : words.substring(re + 3).split("\\|re:")) {
                pattern(lines, n, regex.strip()).ifPresent(patterns::add);
            }
        }
        if (keywords.isEmpty() && patterns.isEmpty()) {
            lines.problem(n, "rule \"" + f[2] + "\" has no word");
            return Optional.empty();
        }
        return Optional.of(new TagRule(f[2], kind, tag, confidence, keywords, patterns));
    }

    private String scenarioLabel(String labelOrCode) {
        return scenarios.stream().filter(c -> c.label().equals(labelOrCode) || c.code().equals(labelOrCode))
                .map(Choice::label).findFirst().orElse(null);
    }

    static Optional<Pattern> pattern(ConfigLines lines, int n, String regex) {
        if (regex.length() > MAX_PATTERN_CHARS) {
            lines.problem(n, "pattern longer than " + MAX_PATTERN_CHARS + " characters");
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            lines.problem(n, "bad pattern \"" + regex + "\": " + e.getDescription());
            return Optional.empty();
        }
    }

    private void setting(ConfigLines lines, int n, String[] f, double[] settings, List<String> negation,
                         String[] fallback) {
        if (f.length != 3) {
            lines.problem(n, "a setting needs 3 tab-separated fields (set, name, value)");
            return;
        }
        switch (f[1]) {
            case "min_confidence" -> settings[0] = inRange(lines, n, f[2], 0, 1, false);
            case "negated_factor" -> settings[1] = inRange(lines, n, f[2], 0, 1, true);
            case "negation" -> {
                negation.clear();
                for (String w : f[2].split("\\|")) {
                    if (!w.isBlank()) {
                        negation.add(w.strip());
                    }
                }
            }
            case "fallback" -> {
                fallback[0] = scenarioLabel(f[2]);
                if (fallback[0] == null) {
                    lines.problem(n, "unknown scenario \"" + f[2] + "\"; configured: "
                            + scenarios.stream().map(Choice::label).toList());
                }
            }
            default -> lines.problem(n, "unknown setting \"" + f[1]
                    + "\" (min_confidence, negated_factor, negation, fallback)");
        }
    }

    private static double inRange(ConfigLines lines, int n, String text, double lo, double hi, boolean loIncl) {
        double v = number(lines, n, text);
        boolean ok = (loIncl ? v >= lo : v > lo) && v <= hi;
        if (!ok) {
            lines.problem(n, "value must be a number in " + (loIncl ? "[" : "(") + lo + ", " + hi + "], got \""
                    + text + "\"");
            return loIncl ? lo : hi;
        }
        return v;
    }

    private static double number(ConfigLines lines, int n, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

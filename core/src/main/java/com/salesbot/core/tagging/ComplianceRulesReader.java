package com.salesbot.core.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads config/tagging/compliance/: quote-templates.tsv (file name, SHA-256), quote-patterns.tsv (file, regex),
 * promise-phrases.txt and authorised-wording.txt (one per line), tech-parameters.tsv (name, regex),
 * context-words.tsv (denial / reported / budget words, nda_later regex) and policy.tsv (kind, alert|digest|off).
 */
public final class ComplianceRulesReader {
    public static final String FOLDER = "compliance";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> CONTEXT_KEYS = List.of("denial", "reported", "budget", "nda_later");
    private static final Map<String, ComplianceKind> POLICY_KEYS = Map.of("quote_file", ComplianceKind.QUOTE_TEMPLATE,
            "typed_price", ComplianceKind.TYPED_PRICE, "promise", ComplianceKind.POLICY_WORDING,
            "tech", ComplianceKind.TECH_PARAMETER);

    public ComplianceRules read(Path taggingFolder, String shownFolder) {
        Path dir = taggingFolder.resolve(FOLDER);
        String shown = shownFolder + "/" + FOLDER + "/";
        List<String> problems = new ArrayList<>();
        Map<String, String> quotes = new HashMap<>();
        ConfigLines templates = new ConfigLines(shown + "quote-templates.tsv", problems);
        templates.read(dir.resolve("quote-templates.tsv"), (n, f) -> {
            String hash = f.length == 2 ? f[1].toLowerCase(Locale.ROOT) : "";
            if (!SHA256.matcher(hash).matches()) {
                templates.problem(n, "expected: file name, tab, 64 hex characters of SHA-256");
            } else if (quotes.put(hash, f[0]) != null) {
                templates.problem(n, "this SHA-256 is registered twice");
            }
        });
        List<Pattern> fileNames = new ArrayList<>();
        ConfigLines quotePatterns = new ConfigLines(shown + "quote-patterns.tsv", problems);
        quotePatterns.read(dir.resolve("quote-patterns.tsv"), (n, f) -> {
            if (f.length != 2 || !f[0].equals("file")) {
                quotePatterns.problem(n, "expected: file, tab, regular expression (typed prices are found by their"
                        + " amount, see context-words.tsv and config/pricing/price-list.yml)");
                return;
            }
            TaggingRulesReader.pattern(quotePatterns, n, f[1]).ifPresent(fileNames::add);
        });
        List<String> promises = singleColumn(dir, shown, "promise-phrases.txt", problems);
        List<String> wording = singleColumn(dir, shown, "authorised-wording.txt", problems);
        Map<String, Pattern> tech = new LinkedHashMap<>();
        ConfigLines params = new ConfigLines(shown + "tech-parameters.tsv", problems);
        params.read(dir.resolve("tech-parameters.tsv"), (n, f) -> {
            if (f.length != 2) {
                params.problem(n, "expected: name, tab, regular expression");
                return;
            }
            TaggingRulesReader.pattern(params, n, f[1]).ifPresent(p -> tech.put(f[0], p));
        });
        Map<String, List<String>> words = new HashMap<>();
        Pattern[] ndaLater = new Pattern[1];
        ConfigLines context = new ConfigLines(shown + "context-words.tsv", problems);
        context.read(dir.resolve("context-words.tsv"), (n, f) -> {
            if (f.length != 2 || !CONTEXT_KEYS.contains(f[0])) {
                context.problem(n, "expected: one of " + CONTEXT_KEYS + ", tab, words separated by | (nda_later: a"
                        + " regular expression)");
            } else if (f[0].equals("nda_later")) {
                TaggingRulesReader.pattern(context, n, f[1]).ifPresent(p -> ndaLater[0] = p);
            } else {
                words.put(f[0], List.of(f[1].split("\\|")).stream().map(String::strip).filter(w -> !w.isEmpty())
                        .toList());
            }
        });
        Map<ComplianceKind, CompliancePolicy.Handling> handling = new HashMap<>();
        ConfigLines policy = new ConfigLines(shown + "policy.tsv", problems);
        policy.read(dir.resolve("policy.tsv"), (n, f) -> {
            ComplianceKind kind = f.length == 2 ? POLICY_KEYS.get(f[0]) : null;
            CompliancePolicy.Handling h = null;
            if (f.length == 2) {
                try {
                    h = CompliancePolicy.Handling.valueOf(f[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    h = null;
                }
            }
            if (kind == null || h == null) {
                policy.problem(n, "expected: one of " + POLICY_KEYS.keySet() + ", tab, alert, digest or off");
            } else {
                handling.put(kind, h);
            }
        });
        if (!problems.isEmpty()) {
            throw new TaggingConfigException(problems);
        }
        return new ComplianceRules(quotes, fileNames, promises, wording, tech, words.getOrDefault("denial", List.of()),
                words.getOrDefault("reported", List.of()), ndaLater[0], words.getOrDefault("budget", List.of()),
                new CompliancePolicy(handling));
    }

    private static List<String> singleColumn(Path dir, String shown, String file, List<String> problems) {
        List<String> values = new ArrayList<>();
        ConfigLines lines = new ConfigLines(shown + file, problems);
        lines.read(dir.resolve(file), (n, f) -> values.add(ComplianceRules.squeeze(String.join("", f))));
        return values;
    }
}

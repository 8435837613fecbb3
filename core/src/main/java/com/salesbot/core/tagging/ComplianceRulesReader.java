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
 * Reads config/tagging/compliance/: quote-templates.tsv (file name, SHA-256), quote-patterns.tsv (file|text,
 * regex), promise-phrases.txt and authorised-wording.txt (one per line), tech-parameters.tsv (name, regex).
 */
public final class ComplianceRulesReader {
    public static final String FOLDER = "compliance";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

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
        List<Pattern> texts = new ArrayList<>();
        ConfigLines quotePatterns = new ConfigLines(shown + "quote-patterns.tsv", problems);
        quotePatterns.read(dir.resolve("quote-patterns.tsv"), (n, f) -> {
            if (f.length != 2 || !(f[0].equals("file") || f[0].equals("text"))) {
                quotePatterns.problem(n, "expected: file or text, tab, regular expression");
                return;
            }
            TaggingRulesReader.pattern(quotePatterns, n, f[1])
                    .ifPresent(f[0].equals("file") ? fileNames::add : texts::add);
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
        if (!problems.isEmpty()) {
            throw new TaggingConfigException(problems);
        }
        return new ComplianceRules(quotes, fileNames, texts, promises, wording, tech);
    }

    private static List<String> singleColumn(Path dir, String shown, String file, List<String> problems) {
        List<String> values = new ArrayList<>();
        ConfigLines lines = new ConfigLines(shown + file, problems);
        lines.read(dir.resolve(file), (n, f) -> values.add(ComplianceRules.squeeze(String.join("", f))));
        return values;
    }
}

package com.salesbot.core.tagging;

import com.salesbot.core.config.Choice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads config/tagging/examples.tsv: {@code split<TAB>labels<TAB>text}, split train or test, labels the scenario
 * labels joined with '+', main one first (投诉+续费).
 */
public final class LabelledExamplesReader {
    public static final String FILE = "examples.tsv";

    private final Set<String> labels;

    public LabelledExamplesReader(List<Choice> scenarios) {
        this.labels = scenarios.stream().map(Choice::label).collect(Collectors.toSet());
    }

    public List<LabelledExample> read(Path taggingFolder, String shownFolder) {
        List<String> problems = new ArrayList<>();
        ConfigLines lines = new ConfigLines(shownFolder + "/" + FILE, problems);
        List<LabelledExample> examples = new ArrayList<>();
        lines.read(taggingFolder.resolve(FILE), (n, f) -> {
            if (f.length != 3) {
                lines.problem(n, "expected 3 tab-separated fields (split, labels, text), got " + f.length);
                return;
            }
            if (!f[0].equals(LabelledExample.TRAIN) && !f[0].equals(LabelledExample.TEST)) {
                lines.problem(n, "split must be train or test, got \"" + f[0] + "\"");
                return;
            }
            List<String> ls = Arrays.stream(f[1].split("\\+")).map(String::strip).toList();
            List<String> unknown = ls.stream().filter(l -> !labels.contains(l)).toList();
            if (!unknown.isEmpty()) {
                lines.problem(n, "unknown scenario " + unknown + "; configured: " + labels);
                return;
            }
            examples.add(new LabelledExample(f[0], ls, f[2]));
        });
        if (!problems.isEmpty()) {
            throw new TaggingConfigException(problems);
        }
        return examples;
    }
}

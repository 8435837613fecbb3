package com.salesbot.core.tagging;

import com.salesbot.core.config.Choice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one split of the labelled set, config/tagging/labelled/{train,dev,test}.tsv: {@code labels<TAB>text},
 * labels the scenario labels joined with '+', main one first (投诉+续费). Labelling rules: docs/tagging-labels.md.
 */
public final class LabelledExamplesReader {
    public static final String FOLDER = "labelled";

    private final Set<String> labels;

    public LabelledExamplesReader(List<Choice> scenarios) {
        this.labels = scenarios.stream().map(Choice::label).collect(Collectors.toSet());
    }

    /** The rows of {@code <taggingFolder>/labelled/<split>.tsv}; a bad row or a missing file is a config problem. */
    public List<LabelledExample> read(Path taggingFolder, String shownFolder, String split) {
        if (!split.equals(LabelledExample.TRAIN) && !split.equals(LabelledExample.DEV)
                && !split.equals(LabelledExample.TEST)) {
            throw new IllegalArgumentException("split must be train, dev or test: " + split);
        }
        String file = FOLDER + "/" + split + ".tsv";
        List<String> problems = new ArrayList<>();
        ConfigLines lines = new ConfigLines(shownFolder + "/" + file, problems);
        List<LabelledExample> examples = new ArrayList<>();
        lines.read(taggingFolder.resolve(file), (n, f) -> {
            if (f.length != 2) {
                lines.problem(n, "expected 2 tab-separated fields (labels, text), got " + f.length);
                return;
            }
            List<String> ls = Arrays.stream(f[0].split("\\+")).map(String::strip).toList();
            List<String> unknown = ls.stream().filter(l -> !labels.contains(l)).toList();
            if (!unknown.isEmpty()) {
                lines.problem(n, "unknown scenario " + unknown + "; configured: " + labels);
                return;
            }
            examples.add(new LabelledExample(split, ls, f[1]));
        });
        if (examples.isEmpty() && problems.isEmpty()) {
            problems.add(shownFolder + "/" + file + ": no labelled row");
        }
        if (!problems.isEmpty()) {
            throw new TaggingConfigException(problems);
        }
        return examples;
    }
}

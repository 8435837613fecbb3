package com.salesbot.adapters.config;

import com.salesbot.core.config.ConfigIssue;
import com.salesbot.core.config.GradingStandard;
import com.salesbot.core.config.GradingStandard.Level;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code grading.yml} (分级标准: the A/B/C/D grades and the intent levels, each with its criteria). A missing
 * file or list keeps {@link GradingStandard#defaults()}; unknown keys, missing fields and the rules of
 * {@link GradingStandard#validate()} are reported with file and line in one {@link ConfigException}.
 */
public final class GradingLoader {
    public static final String FILE = "grading.yml";
    private static final List<String> TOP = List.of("grades", "intentLevels");
    private static final List<String> KEYS = List.of("code", "label", "criteria");

    public GradingStandard load(Path dir) {
        String shown = dir.normalize().toString();
        String display = (shown.isEmpty() ? "." : shown) + "/" + FILE;
        Problems problems = new Problems(List.of(display));
        GradingStandard standard = read(dir, display, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.sorted());
        }
        return standard;
    }

    /** Reads and checks the file, adding every problem to {@code problems}; also used by the folder loader. */
    static GradingStandard read(Path dir, String display, Problems problems) {
        SourceIndex index = new SourceIndex(Map.of("grades", display, "intentLevels", display));
        YamlSource source = new YamlSource(display, YamlFiles.compose(dir.resolve(FILE), display, problems)
                .orElse(null), problems, index);
        Map<String, NodeTuple> top = source.top(TOP);
        GradingStandard d = GradingStandard.defaults();
        GradingStandard standard = new GradingStandard(levels(source, top, "grades").orElse(d.grades()),
                levels(source, top, "intentLevels").orElse(d.intentLevels()));
        if (source.errors() == 0) {
            for (ConfigIssue issue : standard.validate()) {
                ConfigProblem at = index.locate(issue);
                problems.add(at.file(), at.line(), at.message());
            }
        }
        return standard;
    }

    private static Optional<List<Level>> levels(YamlSource source, Map<String, NodeTuple> top, String path) {
        NodeTuple entry = top.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        return MappingListReader.read(source, entry, path, path, KEYS, (keys, at, item) -> {
            Optional<String> code = ChoiceListReader.field(source, keys, "code", at, item);
            Optional<String> label = ChoiceListReader.field(source, keys, "label", at, item);
            Optional<String> criteria = ChoiceListReader.field(source, keys, "criteria", at, item);
            return code.isPresent() && label.isPresent() && criteria.isPresent()
                    ? Optional.of(new Level(code.get(), label.get(), criteria.get())) : Optional.empty();
        });
    }
}

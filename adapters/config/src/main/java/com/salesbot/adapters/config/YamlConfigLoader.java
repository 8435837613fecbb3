package com.salesbot.adapters.config;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.BusinessConfigValidator;
import com.salesbot.core.config.Choice;
import com.salesbot.core.config.ConfigIssue;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads the business configuration folder ({@code config/}): reads each known file, checks every value and the
 * rules of {@link BusinessConfigValidator}, and either returns the configuration or throws a
 * {@link ConfigException} listing every problem with file and line. Missing files take the defaults of
 * {@link BusinessConfig#defaults()}; keys a file leaves out do too. Unknown keys are errors.
 */
public final class YamlConfigLoader {
    static final String TAGS = "tags.yml";
    static final String STAGES = "stages.yml";
    static final String SOURCES = "sources.yml";
    /** The files this loader reads, in the order problems are listed. */
    public static final List<String> FILES = List.of(TAGS, STAGES, SOURCES, CalendarReader.FILE,
            ScheduleReader.FILE, BenchmarksReader.FILE, ThresholdsReader.FILE, IncentivesLoader.FILE, GradingLoader.FILE);

    private final BusinessConfigValidator validator = new BusinessConfigValidator();

    public BusinessConfig load(Path dir) {
        String shown = show(dir);
        Problems problems = new Problems(FILES.stream().map(name -> at(shown, name)).toList());
        checkFolder(dir, shown, problems);
        SourceIndex index = new SourceIndex(Map.of("resultTags", at(shown, TAGS), "scenarios", at(shown, TAGS),
                "stages", at(shown, STAGES), "lostReasons", at(shown, STAGES), "leadSources", at(shown, SOURCES),
                "calendar", at(shown, CalendarReader.FILE), "schedule", at(shown, ScheduleReader.FILE),
                "benchmarks", at(shown, BenchmarksReader.FILE), "thresholds", at(shown, ThresholdsReader.FILE)));

        YamlSource tags = open(dir, shown, TAGS, problems, index);
        Map<String, NodeTuple> tagKeys = tags.top(List.of("resultTags", "scenarios"));
        List<Choice> resultTags = ChoiceListReader.read(tags, tagKeys, "resultTags")
                .orElseGet(BusinessConfig::defaultResultTags);
        List<Choice> scenarios = ChoiceListReader.read(tags, tagKeys, "scenarios")
                .orElseGet(BusinessConfig::defaultScenarios);
        YamlSource stagesFile = open(dir, shown, STAGES, problems, index);
        Map<String, NodeTuple> stageKeys = stagesFile.top(List.of("stages", "lostReasons"));
        List<Choice> stages = ChoiceListReader.read(stagesFile, stageKeys, "stages")
                .orElseGet(BusinessConfig::defaultStages);
        List<Choice> lostReasons = ChoiceListReader.read(stagesFile, stageKeys, "lostReasons")
                .orElseGet(BusinessConfig::defaultLostReasons);
        YamlSource sourcesFile = open(dir, shown, SOURCES, problems, index);
        List<Choice> leadSources = ChoiceListReader.read(sourcesFile, sourcesFile.top(List.of("leadSources")),
                "leadSources").orElseGet(BusinessConfig::defaultLeadSources);

        BusinessConfig config = new BusinessConfig(resultTags, stages, leadSources, scenarios,
                CalendarReader.read(open(dir, shown, CalendarReader.FILE, problems, index)),
                BenchmarksReader.read(open(dir, shown, BenchmarksReader.FILE, problems, index)),
                ScheduleReader.read(open(dir, shown, ScheduleReader.FILE, problems, index)),
                ThresholdsReader.read(open(dir, shown, ThresholdsReader.FILE, problems, index)), lostReasons);
        IncentivesLoader.read(dir, at(shown, IncentivesLoader.FILE), problems);
        GradingLoader.read(dir, at(shown, GradingLoader.FILE), problems);
        for (ConfigIssue issue : validator.validate(config)) {
            ConfigProblem problem = index.locate(issue);
            problems.add(problem.file(), problem.line(), problem.message());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.sorted());
        }
        return config;
    }

    private static YamlSource open(Path dir, String shown, String name, Problems problems, SourceIndex index) {
        String display = at(shown, name);
        return new YamlSource(display, YamlFiles.compose(dir.resolve(name), display, problems).orElse(null),
                problems, index);
    }

    /** A missing or unreadable folder stops here; a misspelt file name (stage.yml) is reported, not ignored. */
    private static void checkFolder(Path dir, String shown, Problems problems) {
        if (!Files.exists(dir)) {
            throw new ConfigException(List.of(new ConfigProblem(shown, 0, "configuration folder does not exist")));
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(List.of(new ConfigProblem(shown, 0, "is not a folder")));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{yml,yaml,YML,YAML}")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!FILES.contains(name)) {
                    Suggestions.closest(name, FILES).ifPresent(known -> problems.add(at(shown, name), 0,
                            "unknown file, it would be ignored; did you mean " + known + "?"));
                }
            }
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(shown, 0,
                    "configuration folder cannot be read (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private static String show(Path dir) {
        String text = dir.normalize().toString();
        return text.isEmpty() ? "." : text;
    }

    private static String at(String shown, String name) {
        return shown + "/" + name;
    }
}

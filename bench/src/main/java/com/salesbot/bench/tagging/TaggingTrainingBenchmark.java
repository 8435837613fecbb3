package com.salesbot.bench.tagging;

import com.salesbot.adapters.nlp.HanlpTextClassifier;
import com.salesbot.adapters.nlp.LinearTextClassifier;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TaggingRulesReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up cost of the scenario model (target: under 2 s): reading config/tagging/labelled/, HanLP's dictionaries
 * (first call in a fresh JVM), feature extraction, five liblinear fits and the Platt calibration on dev. Single
 * shot in fresh forks, so the first measurement of each fork is a cold start like the bot's warm-up.
 * {@code java -jar bench/target/benchmarks.jar TaggingTrainingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class TaggingTrainingBenchmark {
    @Param("config/tagging")
    public String config;

    @Benchmark
    public LinearTextClassifier trainLogisticRegressionColdStart() {
        Path dir = Path.of(config);
        var scenarios = BusinessConfig.defaultScenarios();
        TaggingRules rules = new TaggingRulesReader(scenarios).read(dir, config);
        return LinearTextClassifier.fromConfig(dir, config, scenarios, rules);
    }

    @Benchmark
    public HanlpTextClassifier trainNaiveBayesColdStart() {
        Path dir = Path.of(config);
        return HanlpTextClassifier.train(new LabelledExamplesReader(BusinessConfig.defaultScenarios())
                .read(dir, config, LabelledExample.TRAIN));
    }
}

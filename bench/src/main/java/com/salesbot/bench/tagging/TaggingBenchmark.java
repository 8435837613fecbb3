package com.salesbot.bench.tagging;

import com.salesbot.adapters.nlp.HanlpTextClassifier;
import com.salesbot.adapters.nlp.LinearTextClassifier;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.TagResult;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingRulesReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagging throughput on one thread (target: 50,000 messages/s for typical 20-60 character messages): the shipped
 * tagger (rules + HanLP words + character n-grams + one-vs-rest logistic regression), the previous one (rules + naive
 * Bayes) as the baseline of the same run, and the rules alone, cycling through messages of that length; and the
 * R12 compliance scan of the same messages as outgoing ones to a customer without an NDA (every check runs).
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar TaggingBenchmark}
 * ({@code -p config=<path to config/tagging>} when started elsewhere).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class TaggingBenchmark {
    static final List<String> MESSAGES = List.of(
            "王经理，上次说的那个方案大概多少预算能做下来？我们下周要走采购流程",
            "你们的服务太差了，三次上门都没修好，我要找你们领导投诉",
            "合同快到期了，今年续约有什么政策吗，能不能锁定现在的价格",
            "系统登录不上了，一直提示密码错误，麻烦派个工程师远程看一下",
            "好的，辛苦了，那我们下周一再约时间聊，周末愉快",
            "不是投诉哈，就是想问下专业版和标准版的价格差多少，太贵的话先不考虑",
            "hi，what's the price for 20 seats？我们老板想今天看到报价单",
            "电话纪要：客户到期前主动来电，希望保留原折扣续约两年并加两个账号");

    @Param("config/tagging")
    public String config;

    private Tagger full;
    private Tagger bayes;
    private Tagger rulesOnly;
    private ComplianceScanner compliance;
    private int next;

    @Setup
    public void setUp() {
        Path dir = Path.of(config);
        var scenarios = BusinessConfig.defaultScenarios();
        var rules = new TaggingRulesReader(scenarios).read(dir, config);
        List<LabelledExample> train = new LabelledExamplesReader(scenarios).read(dir, config, LabelledExample.TRAIN);
        full = new Tagger(rules, LinearTextClassifier.fromConfig(dir, config, scenarios, rules));
        bayes = new Tagger(rules, HanlpTextClassifier.train(train));
        rulesOnly = new Tagger(rules, text -> List.of());
        compliance = new ComplianceScanner(new ComplianceRulesReader().read(dir, config));
    }

    private String message() {
        next = (next + 1) % MESSAGES.size();
        return MESSAGES.get(next);
    }

    @Benchmark
    public TagResult rulesAndClassifier() {
        return full.tag(message());
    }

    /** The previous model (rules + HanLP naive Bayes), kept as the baseline of the same run. */
    @Benchmark
    public TagResult rulesAndNaiveBayes() {
        return bayes.tag(message());
    }

    @Benchmark
    public TagResult rulesOnly() {
        return rulesOnly.tag(message());
    }

    @Benchmark
    public List<ComplianceHit> compliance() {
        return compliance.scan(message(), null, false);
    }
}

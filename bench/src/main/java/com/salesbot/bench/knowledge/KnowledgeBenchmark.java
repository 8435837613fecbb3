package com.salesbot.bench.knowledge;

import com.salesbot.adapters.knowledge.KnowledgeArticle;
import com.salesbot.adapters.knowledge.KnowledgeBaseLoader;
import com.salesbot.adapters.knowledge.KnowledgeHit;
import com.salesbot.adapters.knowledge.KnowledgeIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * R22 match throughput over a 100-article knowledge base: the shipped articles of config/knowledge plus
 * deterministic variants (sentences of other articles mixed in), queried with realistic pain points in turn.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar KnowledgeBenchmark -f 1 -wi 2 -i 3}
 * ({@code -Dsalesbot.knowledge=<dir>} for another folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class KnowledgeBenchmark {
    static final int ARTICLES = 100;
    private static final String[] PAIN_POINTS = {
        "客户觉得我们比竞品贵30%", "财务说预算要等下季度", "老板要降本，成本压力很大", "上线时间太长，他们等不了",
        "信息部担心数据泄露，要做安全审查", "要和ERP对接，数据要打通", "能不能再打个折", "要跟老板汇报，拍板的不是他",
        "花这么多钱看不到效果", "已经在用别家系统，合同未到期", "想先免费试用一个月", "账期要90天，预付款太高",
        "员工年纪大怕学不会", "暂时没有需求，以后再说", "门店太多，旺季忙不过来", "大促并发扛不住怎么办",
        "流程特殊，要定制开发", "合同快到期，不想续费了", "出了问题找不到人，售后响应慢", "今天天气不错"};

    private KnowledgeIndex index;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<KnowledgeArticle> shipped = KnowledgeBaseLoader.load(
                Path.of(System.getProperty("salesbot.knowledge", "config/knowledge")));
        if (shipped.isEmpty()) {
            throw new IllegalStateException("no articles: run from the repository root or set -Dsalesbot.knowledge");
        }
        index = KnowledgeIndex.build(hundredArticles(shipped));
    }

    static List<KnowledgeArticle> hundredArticles(List<KnowledgeArticle> shipped) {
        List<KnowledgeArticle> out = new ArrayList<>(shipped);
        Random random = new Random(22);
        for (int i = 0; out.size() < ARTICLES; i++) {
            KnowledgeArticle base = shipped.get(i % shipped.size());
            KnowledgeArticle other = shipped.get(random.nextInt(shipped.size()));
            String[] sentences = other.body().split("。");
            String mixed = base.body() + "\n" + sentences[random.nextInt(sentences.length)] + "。";
            out.add(new KnowledgeArticle(base.id() + "-v" + i, base.title() + "（案例" + i + "）",
                    base.customerTypes(), base.keywords(), mixed, base.talkTrack(), base.file()));
        }
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        index.close();
    }

    @Benchmark
    public Optional<KnowledgeHit> bestMatch() {
        String painPoint = PAIN_POINTS[next];
        next = (next + 1) % PAIN_POINTS.length;
        return index.best(painPoint);
    }
}

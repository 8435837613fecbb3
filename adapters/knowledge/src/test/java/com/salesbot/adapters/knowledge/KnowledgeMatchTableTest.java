package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pain points as reps write them map to the article sales-ops wrote for them, above the R22 threshold. */
class KnowledgeMatchTableTest {
    private final LuceneKnowledgeMatcher matcher = new LuceneKnowledgeMatcher(KnowledgeFixture.shippedIndex(),
            t -> "", Thresholds.defaults().knowledgeMatchMinScore());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            客户觉得我们比竞品贵30%            | competitor-price
            友商报价比我们低不少                | competitor-price
            财务说预算要等下季度                | budget-approval
            今年预算已经冻结了                  | budget-approval
            老板要降本，成本压力很大            | cost-reduction-manufacturing
            上线时间太长，他们等不了            | delivery-cycle
            信息部担心数据泄露，要做安全审查    | data-security
            要和ERP对接，数据要打通             | system-integration
            能不能再打个折                      | price-sensitive
            要跟老板汇报，拍板的不是他          | decision-chain
            花这么多钱看不到效果                | roi-value
            已经在用别家系统，合同未到期        | switching-supplier
            想先免费试用一个月                  | trial-pilot
            账期要90天，预付款太高              | payment-terms
            员工年纪大怕学不会                  | user-adoption
            暂时没有需求，以后再说              | no-need-now
            门店太多，旺季忙不过来              | retail-peak-season
            大促并发扛不住怎么办                | performance-scale
            流程特殊，要定制开发                | customization
            合同快到期，不想续费了              | renewal-hesitation
            出了问题找不到人，售后响应慢        | after-sales-response
            """)
    void painPointFindsItsArticle(String painPoint, String articleId) {
        Optional<KnowledgeHit> hit = matcher.match(painPoint);

        assertThat(hit).as(painPoint).isPresent();
        assertThat(hit.get().article().id()).isEqualTo(articleId);
        assertThat(hit.get().score()).isBetween(0.5, 1.0);
        assertThat(hit.get().snippet()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今天天气不错
            周末去爬山
            吃饭了吗
            已预约演示
            约下次拜访
            """)
    void unrelatedTextStaysBelowTheThreshold(String text) {
        assertThat(matcher.match(text)).isEmpty();
        assertThat(KnowledgeFixture.shippedIndex().best(text).map(KnowledgeHit::score).orElse(0.0))
                .isLessThan(Thresholds.defaults().knowledgeMatchMinScore());
    }
}

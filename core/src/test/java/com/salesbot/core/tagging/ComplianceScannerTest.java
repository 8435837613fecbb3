package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceScannerTest {
    private static final String APPROVED = "aa8b05e9e3cb1366ec4d56fa9c721ecc1007cca847c4bb4cb507953515c411b4";
    private final ComplianceScanner scanner = new ComplianceScanner(TaggingFixtures.shippedCompliance());

    @Test
    void promisePhraseOutsideTheAuthorisedWordingIsFlaggedWithItsExcerpt() {
        List<ComplianceHit> hits = scanner.scan("王总放心，我们保证全网最低价，签了还有返点", null, true);
        assertThat(hits).extracting(ComplianceHit::kind).containsOnly(ComplianceKind.POLICY_WORDING);
        assertThat(hits).extracting(ComplianceHit::matched).containsExactlyInAnyOrder("保证", "最低价", "全网最低", "返点");
        assertThat(hits.get(0).excerpt()).contains("保证");
    }

    @Test
    void authorisedStatementPassesEvenWithSpacesOrLineBreaks() {
        assertThat(scanner.scan("您好，我们承诺7×24小时响应，\n重大故障4小时内到场。", null, true)).isEmpty();
        assertThat(scanner.scan("我们保证数据存储在境内机房，符合等保三级要求。", null, true)).isEmpty();
    }

    @Test
    void aPhraseOnlyPartlyQuotingTheAuthorisedStatementIsFlagged() {
        assertThat(scanner.scan("我们保证数据存储在境内机房", null, true)).extracting(ComplianceHit::matched)
                .containsExactly("保证");
    }

    @Test
    void quoteFileMustBeARegisteredTemplate() {
        assertThat(scanner.scan("报价发您", new Attachment("标准报价单-2026版.pdf", APPROVED.toUpperCase()), true))
                .isEmpty();
        List<ComplianceHit> hits = scanner.scan("报价发您", new Attachment("标准报价单-2026版.pdf", "00" + APPROVED
                .substring(2)), true);
        assertThat(hits).extracting(ComplianceHit::kind).containsExactly(ComplianceKind.QUOTE_TEMPLATE);
        assertThat(hits.get(0).excerpt()).contains("不在已审批报价模板登记中");
    }

    @Test
    void otherFilesAreNotQuotes() {
        assertThat(scanner.scan("会议纪要发您", new Attachment("会议纪要.docx", "ab"), true)).isEmpty();
    }

    @Test
    void aQuoteTypedIntoTheChatIsFlagged() {
        assertThat(scanner.scan("给您的报价是12.8万，含三年维保", null, true)).extracting(ComplianceHit::kind)
                .containsExactly(ComplianceKind.QUOTE_TEMPLATE);
        assertThat(scanner.scan("￥3800/套", null, true)).extracting(ComplianceHit::kind)
                .containsExactly(ComplianceKind.QUOTE_TEMPLATE);
        assertThat(scanner.scan("报价明天按模板发您", null, true)).isEmpty();
    }

    @Test
    void technicalParametersAreFlaggedOnlyBeforeTheNda() {
        String text = "我们的芯片做到了5nm，主频3.2GHz";
        List<ComplianceHit> before = scanner.scan(text, null, false);
        assertThat(before).extracting(ComplianceHit::kind).containsOnly(ComplianceKind.TECH_PARAMETER);
        assertThat(before).extracting(ComplianceHit::matched).containsExactly("工艺精度: 5nm", "性能指标: 3.2GHz");
        assertThat(scanner.scan(text, null, true)).isEmpty();
    }

    @Test
    void excerptIsCutAroundTheMatch() {
        String text = "一二三四五六七八九十一二三四五保证一二三四五六七八九十一二三四五";
        assertThat(ComplianceScanner.excerpt(text, 15, 17)).isEqualTo("…四五六七八九十一二三四五保证一二三四五六七八九十一二…");
    }
}

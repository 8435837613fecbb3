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
        assertThat(hits.get(0).excerpt()).contains("不是系统开出的报价单");
    }

    @Test
    void otherFilesAreNotQuotes() {
        assertThat(scanner.scan("会议纪要发您", new Attachment("会议纪要.docx", "ab"), true)).isEmpty();
    }

    @Test
    void aPriceTypedIntoTheChatIsFlagged() {
        assertThat(scanner.scan("给您的报价是12.8万，含三年维保", null, true)).extracting(ComplianceHit::kind)
                .containsExactly(ComplianceKind.TYPED_PRICE);
        assertThat(scanner.scan("￥3800/套", null, true)).extracting(ComplianceHit::matched)
                .containsExactly("￥3800");
        assertThat(scanner.scan("报价明天按模板发您", null, true)).isEmpty();
        assertThat(scanner.scan("我们有200个用户，2012年成立，续约率90%", null, true)).isEmpty();
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

    /** List prices are sanctioned for everyone; 9.8万 is sanctioned only for the customer whose quote says so. */
    private static final KnownPrices KNOWN = new KnownPrices() {
        @Override
        public boolean sanctioned(String customerId, java.math.BigDecimal amount) {
            return amount.compareTo(new java.math.BigDecimal("2980")) == 0
                    || "cus-1".equals(customerId) && amount.compareTo(new java.math.BigDecimal("98000")) == 0;
        }

        @Override
        public java.util.Optional<String> quoteRecipient(String fileHash) {
            return fileHash.equals("0123456789abcdef0123456789abcdef") ? java.util.Optional.of("cus-1")
                    : java.util.Optional.empty();
        }
    };

    @Test
    void listPricesAndTheCustomersOwnQuotePassOtherAmountsAreTypedPrices() {
        ComplianceScanner s = new ComplianceScanner(TaggingFixtures.shippedCompliance(), KNOWN);
        assertThat(s.scan("专业版2980元/用户/年", null, true, "cus-2")).isEmpty();
        assertThat(s.scan("专业版2979元/用户/年", null, true, "cus-2")).extracting(ComplianceHit::kind)
                .containsExactly(ComplianceKind.TYPED_PRICE);
        assertThat(s.scan("按报价单总价9.8万执行", null, true, "cus-1")).isEmpty();
        assertThat(s.scan("按报价单总价9.8万执行", null, true, "cus-2")).extracting(ComplianceHit::matched)
                .containsExactly("9.8万");
        assertThat(s.scan("上次您说预算在50万以内", null, true, "cus-2")).isEmpty();
        assertThat(s.scan("系统可以支撑2万QPS", null, true, "cus-2")).extracting(ComplianceHit::kind)
                .doesNotContain(ComplianceKind.TYPED_PRICE);
    }

    @Test
    void anIssuedQuoteFilePassesForItsCustomerOnlyByMd5OrSha256() {
        ComplianceScanner s = new ComplianceScanner(TaggingFixtures.shippedCompliance(), KNOWN);
        Attachment issued = new Attachment("报价单-Q1.pdf", "0123456789ABCDEF0123456789ABCDEF");
        assertThat(issued.md5()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(s.scan("报价单发您", issued, true, "cus-1")).isEmpty();
        assertThat(s.scan("报价单发您", issued, true, "cus-2")).extracting(ComplianceHit::excerpt)
                .containsExactly("报价单《报价单-Q1.pdf》是开给其他客户的");
        assertThat(s.scan("报价单发您", new Attachment("报价单-Q1.pdf", "f" + issued.md5().substring(1)), true,
                "cus-1")).extracting(ComplianceHit::kind).containsExactly(ComplianceKind.QUOTE_TEMPLATE);
    }

    @Test
    void promiseWordsDeniedOrQuotedAreNotPromises() {
        assertThat(scanner.scan("这个我不能保证，需要评估", null, true)).isEmpty();
        assertThat(scanner.scan("公司规定不能给返点", null, true)).isEmpty();
        assertThat(scanner.scan("您说的“保证三天上线”这个要求我确认一下", null, true)).isEmpty();
        // the denial must be right before the phrase: four characters in between is too far
        assertThat(scanner.scan("不能说太多，我们保证上线", null, true)).extracting(ComplianceHit::matched)
                .containsExactly("保证");
        assertThat(scanner.scan("我保证下周一定能上线", null, true)).extracting(ComplianceHit::matched)
                .containsExactly("保证");
    }

    @Test
    void technicalDetailsDeferredToTheNdaAreNotLeaks() {
        assertThat(scanner.scan("源码交付需要在签署保密协议后进行", null, false)).isEmpty();
        assertThat(scanner.scan("源代码可以先发您一部分看看", null, false)).extracting(ComplianceHit::kind)
                .containsExactly(ComplianceKind.TECH_PARAMETER);
        assertThat(scanner.scan("28nm工艺和3GHz主频的细节，签NDA后详细介绍", null, false)).isEmpty();
        assertThat(scanner.scan("28nm工艺和3GHz主频的细节可以先发您", null, false)).extracting(ComplianceHit::matched)
                .containsExactly("工艺精度: 28nm", "性能指标: 3GHz");
        assertThat(scanner.scan("签NDA后再约时间详细介绍", null, false)).isEmpty();
    }

    @Test
    void pricesTypedInFullWidthDigitsAreTypedPricesToo() {
        assertThat(scanner.scan("给您的报价是１２．８万，含三年维保", null, true)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(ComplianceKind.TYPED_PRICE);
            assertThat(h.matched()).isEqualTo("１２．８万");
        });
        assertThat(scanner.scan("报价5ｋ一年", null, true)).extracting(ComplianceHit::matched).containsExactly("5ｋ");
        assertThat(scanner.scan("Ａ１００显卡三台", null, true)).isEmpty();
        assertThat(scanner.scan("我们有２００个用户，２０１２年开始合作", null, true)).isEmpty();
        assertThat(scanner.scan("价格方面我们再商量，十二万左右可以吗", null, true)).isEmpty();
    }

    @Test
    void aKindSwitchedOffIsNotChecked() {
        ComplianceRules shipped = TaggingFixtures.shippedCompliance();
        ComplianceRules off = new ComplianceRules(shipped.approvedQuotes(), shipped.quoteFileNames(),
                shipped.promisePhrases(), shipped.authorisedWording(), shipped.techParameters(), shipped.denials(),
                shipped.reported(), shipped.ndaLater(), shipped.budgetWords(), new CompliancePolicy(
                        java.util.Map.of(ComplianceKind.TYPED_PRICE, CompliancePolicy.Handling.OFF)));
        assertThat(new ComplianceScanner(off).scan("总价18万", null, true)).isEmpty();
        assertThat(shipped.policy().of(ComplianceKind.TYPED_PRICE)).isEqualTo(CompliancePolicy.Handling.DIGEST);
        assertThat(shipped.policy().alertsAtOnce(ComplianceKind.POLICY_WORDING)).isTrue();
    }
}

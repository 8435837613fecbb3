package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class CjkFontLoaderTest {

    private static final String ZEN_HEI = "WenQuanYi Zen Hei";

    @Test
    void sharedFontIsTheBundledTtfAndIsLoadedOnce() {
        ChartFont font = CjkFontLoader.shared();

        assertThat(font.source()).isEqualTo(FontSource.BUNDLED);
        assertThat(font.family()).isEqualTo(ZEN_HEI);
        assertThat(font.describe()).isEqualTo("WenQuanYi Zen Hei (BUNDLED)");
        assertThat(CjkFontLoader.shared()).isSameAs(font);
        assertThat(PhoneChartTheme.shared().chartFont()).isSameAs(font);
    }

    @Test
    void chosenFontHasAGlyphForEveryTextOfEveryChart() {
        ChartFont font = CjkFontLoader.shared();
        List<String> texts = new ArrayList<>();
        allCharts().forEach(chart -> texts.addAll(ChartTexts.of(chart)));

        assertThat(texts).hasSizeGreaterThan(100).contains("昨日关键动作热力图", "张伟", "11/26 周三",
                "目标完成", "团队TOP3均值", "客户深度经营", "有效触达（次）");
        assertThat(texts).allSatisfy(text -> assertThat(font.canDisplay(text)).as(text).isTrue());
        assertThat(font.source()).as("the bundled font wins whatever fonts the machine has")
                .isEqualTo(FontSource.BUNDLED);
    }

    @Test
    void everyChartDrawsTitleAxesAndLegendInTheCjkFont() {
        for (JFreeChart chart : allCharts().toList()) {
            assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(ZEN_HEI);
            if (chart.getLegend() != null) {
                assertThat(chart.getLegend().getItemFont().getFamily()).isEqualTo(ZEN_HEI);
            }
            if (chart.getPlot() instanceof XYPlot xy) {
                assertThat(xy.getDomainAxis().getTickLabelFont().getFamily()).isEqualTo(ZEN_HEI);
                assertThat(xy.getRangeAxis().getTickLabelFont().getFamily()).isEqualTo(ZEN_HEI);
            } else if (chart.getPlot() instanceof CategoryPlot category) {
                assertThat(category.getDomainAxis().getTickLabelFont().getFamily()).isEqualTo(ZEN_HEI);
                assertThat(category.getRenderer().getDefaultItemLabelFont().getFamily()).isEqualTo(ZEN_HEI);
            } else if (chart.getPlot() instanceof SpiderWebPlot spider) {
                assertThat(spider.getLabelFont().getFamily()).isEqualTo(ZEN_HEI);
            }
        }
    }

    @Test
    void missingBundledFontAndNoChineseFamilyFallsBackToSansSerifWithOneWarning() {
        RecordingLogger log = new RecordingLogger();

        ChartFont font = CjkFontLoader.load(() -> null, () -> List.of("DejaVu Sans", "DejaVu Serif"), log);

        assertThat(font.source()).isEqualTo(FontSource.FALLBACK);
        assertThat(font.family()).isEqualTo(Font.SANS_SERIF);
        assertThat(log.warnings).hasSize(1);
        assertThat(log.warnings.get(0)).contains("SansSerif", "not on the classpath", "fonts-wqy-microhei");
    }

    @Test
    void unreadableBundledFontIsNamedInTheWarning() {
        RecordingLogger log = new RecordingLogger();

        ChartFont font = CjkFontLoader.load(
                () -> new ByteArrayInputStream("not a font".getBytes(StandardCharsets.UTF_8)),
                () -> List.of("DejaVu Sans"), log);

        assertThat(font.source()).isEqualTo(FontSource.FALLBACK);
        assertThat(log.warnings).singleElement().asString().contains("unreadable");
    }

    @Test
    void installedChineseFamilyIsUsedWhenTheBundledFontIsMissing() {
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(CjkFontLoader.shared().base());
        RecordingLogger log = new RecordingLogger();

        ChartFont font = CjkFontLoader.load(() -> null, () -> List.of("DejaVu Sans", ZEN_HEI), log);

        assertThat(font.source()).isEqualTo(FontSource.INSTALLED);
        assertThat(font.family()).isEqualTo(ZEN_HEI);
        assertThat(font.canDisplay("目标健康度")).isTrue();
        assertThat(log.warnings).isEmpty();
    }

    private static Stream<JFreeChart> allCharts() {
        PhoneChartTheme theme = PhoneChartTheme.shared();
        return Stream.of(
                new HeatmapRenderer(theme).chart(Samples.heatmap8x7()),
                new HeatmapRenderer(theme).chart(Samples.heatmap30x7()),
                new TargetHealthRenderer(theme).chart(Samples.targetWarning()),
                new TargetHealthRenderer(theme).chart(Samples.targetHealthy()),
                new ComparisonBarsRenderer(theme).chart(Samples.comparison()),
                new RadarRenderer(theme).chart(Samples.radar()));
    }

    /** Keeps WARNING messages; a real System.Logger, no mocking library. */
    private static final class RecordingLogger implements System.Logger {
        final List<String> warnings = new ArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            record(level, msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            record(level, format);
        }

        private void record(Level level, String msg) {
            if (level == Level.WARNING) {
                warnings.add(msg);
            }
        }
    }
}

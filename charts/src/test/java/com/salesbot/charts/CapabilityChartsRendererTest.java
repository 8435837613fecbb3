package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.capability.RepCapability;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class CapabilityChartsRendererTest {
    static final List<RepCapability> REPS = List.of(
            new RepCapability("r1", 5, 80_000_00L, 3, 4, 0.75, Quadrant.FAST_EARNER),
            new RepCapability("r2", 7, 20_000_00L, 2, 2, 1.0, Quadrant.KEY_SUPPORT),
            new RepCapability("r3", 2, 120_000_00L, 0, 3, 0.0, Quadrant.BREAKTHROUGH),
            new RepCapability("r4", 9, 15_000_00L, 1, 4, 0.25, Quadrant.FOUNDATION),
            new RepCapability("r5", 1, 30_000_00L, 0, 0, null, Quadrant.UNPROVEN));
    static final Map<String, String> NAMES = Map.of("r1", "杨静", "r2", "高志强", "r3", "郭芳", "r4", "宋华",
            "r5", "胡宇航");

    @Test
    void quadrantChartIsPhoneSizedWithTheArticlesNamesAndEveryRepLabelled() throws IOException {
        QuadrantData data = CapabilityChartsRenderer.data("能力-资源矩阵 · 一组", REPS, NAMES);
        JFreeChart chart = new QuadrantRenderer(PhoneChartTheme.shared()).chart(data);
        XYPlot plot = chart.getXYPlot();
        List<String> texts = plot.getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();

        assertThat(texts).contains("重点托举对象", "快速变现主力", "基础培养对象", "大单突破对象", "杨静", "高志强", "郭芳",
                "宋华").doesNotContain("胡宇航");
        assertThat(chart.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText()
                .equals("攻坚待验证: 胡宇航"));
        assertThat(data.xThreshold()).isEqualTo(3.0);    // median of 8, 2, 12, 1.5, 3 万
        assertThat(data.yThreshold()).isEqualTo(50.0);   // median of 75, 100, 0, 25 % (r5 has none)

        byte[] png = new CapabilityChartsRenderer(PhoneChartTheme.shared()).matrix("能力-资源矩阵 · 一组", REPS, NAMES);
        Files.createDirectories(Path.of("target", "samples"));
        Files.write(Path.of("target", "samples", "capability-matrix.png"), png);
        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(image.getHeight()).isEqualTo(QuadrantRenderer.HEIGHT);
        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.PRIMARY, 8))).isGreaterThan(200);
    }

    @Test
    void radarHasTheRepAndTheTeamMean() throws IOException {
        byte[] png = new CapabilityChartsRenderer(PhoneChartTheme.shared()).radar("能力雷达 · 杨静 2026Q2",
                List.of("客户深度经营", "商机推进", "合规", "协同", "学习成长", "客户声音"), "杨静",
                List.of(35.0, 80.0, 92.0, 60.0, 40.0, 84.0), List.of(70.0, 65.0, 88.0, 50.0, 55.0, 78.0));

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(720);
        assertThat(Pngs.count(image, c -> Pngs.near(c, ChartColors.SECONDARY, 8))).isGreaterThan(20);
        Files.createDirectories(Path.of("target", "samples"));
        Files.write(Path.of("target", "samples", "capability-radar.png"), png);
    }
}

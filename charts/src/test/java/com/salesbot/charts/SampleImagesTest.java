package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Writes every chart to target/samples so a person can look at them. Each file must decode at the phone width and
 * stay under 200 KB. (How long a render takes is measured by JMH in bench/, e.g. the heatmap in DigestBenchmark,
 * not here.)
 */
class SampleImagesTest {

    private static final Path DIR = Path.of("target", "samples");

    @Test
    void writesSamplePngs() throws IOException {
        Files.createDirectories(DIR);
        PhoneChartTheme theme = PhoneChartTheme.shared();
        HeatmapRenderer heatmap = new HeatmapRenderer(theme);
        TargetHealthRenderer target = new TargetHealthRenderer(theme);
        write("heatmap-8x7.png", () -> heatmap.render(Samples.heatmap8x7()));
        write("heatmap-30x7.png", () -> heatmap.render(Samples.heatmap30x7()));
        write("target-health-warning.png", () -> target.render(Samples.targetWarning()));
        write("target-health-ok.png", () -> target.render(Samples.targetHealthy()));
        write("comparison.png", () -> new ComparisonBarsRenderer(theme).render(Samples.comparison()));
        write("radar.png", () -> new RadarRenderer(theme).render(Samples.radar()));
        write("radar-8-axes.png", () -> new RadarRenderer(theme).render(Samples.radar8()));
        write("comparison-4x8.png", () -> new ComparisonBarsRenderer(theme).render(BoundaryTest.comparison(4, 8)));
    }

    private static void write(String name, Supplier<byte[]> render) throws IOException {
        byte[] png = render.get();
        Files.write(DIR.resolve(name), png);
        assertThat(Pngs.decode(png).getWidth()).isEqualTo(PhoneChartTheme.WIDTH);
        assertThat(png.length).isLessThan(Pngs.MAX_BYTES);
    }
}

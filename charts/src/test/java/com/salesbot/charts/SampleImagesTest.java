package com.salesbot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes every chart to target/samples so a person can look at them; checks each file is a real PNG. */
class SampleImagesTest {

    private static final Path DIR = Path.of("target", "samples");

    @Test
    void writesSamplePngs() throws IOException {
        Files.createDirectories(DIR);
        HeatmapRenderer heatmap = new HeatmapRenderer(PhoneChartTheme.shared());
        write("heatmap-8x7.png", heatmap.render(Samples.heatmap8x7()));
        write("heatmap-30x7.png", heatmap.render(Samples.heatmap30x7()));
        TargetHealthRenderer target = new TargetHealthRenderer(PhoneChartTheme.shared());
        write("target-health-warning.png", target.render(Samples.targetWarning()));
        write("target-health-ok.png", target.render(Samples.targetHealthy()));
        write("comparison.png", new ComparisonBarsRenderer(PhoneChartTheme.shared()).render(Samples.comparison()));
        write("radar.png", new RadarRenderer(PhoneChartTheme.shared()).render(Samples.radar()));
    }

    private static void write(String name, byte[] png) throws IOException {
        Path file = DIR.resolve(name);
        Files.write(file, png);
        assertThat(Pngs.decode(png)).isNotNull();
    }
}

package com.salesbot.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void namesFileAndLineOfTopLevelAndNestedKeysAndNothingForKeysLeftOut() throws IOException {
        Files.writeString(dir.resolve("thresholds.yml"), "# comment\nheatmapDays: 5\n\ndwellTopN: 12\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("schedule.yml"), "digestTime: \"08:20\"\nquietHours:\n  start: \"21:00\"\n"
                + "  end: \"08:00\"\n", StandardCharsets.UTF_8);
        ConfigProvenance p = ConfigProvenance.read(dir);
        assertThat(p.placeOf("heatmapDays")).contains("thresholds.yml 第 2 行");
        assertThat(p.placeOf("dwellTopN")).contains("thresholds.yml 第 4 行");
        assertThat(p.placeOf("quietHours.start")).contains("schedule.yml 第 3 行");
        assertThat(p.placeOf("quietHours.end")).contains("schedule.yml 第 4 行");
        assertThat(p.placeOf("lowActivityRatio")).isEmpty();
    }

    @Test
    void missingOrBrokenFilesSetNothing() throws IOException {
        Files.writeString(dir.resolve("thresholds.yml"), "heatmapDays: [unclosed\n", StandardCharsets.UTF_8);
        ConfigProvenance p = ConfigProvenance.read(dir);
        assertThat(p.placeOf("heatmapDays")).isEmpty();
        assertThat(ConfigProvenance.read(dir.resolve("absent")).placeOf("digestTime")).isEmpty();
    }
}

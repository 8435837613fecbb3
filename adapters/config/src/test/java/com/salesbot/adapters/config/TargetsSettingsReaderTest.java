package com.salesbot.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.feature.targets.TargetsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsSettingsReaderTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileReadsAsTheDefaultsWithTheCsLead() {
        TargetsSettings shipped = TargetsSettingsReader.read(Path.of("..", "..", "config"));
        TargetsSettings d = TargetsSettings.defaults();

        assertThat(shipped.dimensions()).isEqualTo(d.dimensions());
        assertThat(shipped.dimensions()).extracting(TargetsSettings.Dimension::name).contains("客户深度经营", "商机推进",
                "合规", "协同", "学习成长", "客户声音");
        assertThat(shipped.voiceSampleSize()).isEqualTo(3);
        assertThat(shipped.catalogue()).isEqualTo(d.catalogue());
        assertThat(shipped.csLeadId()).isEqualTo("demo-d1");
    }

    @Test
    void missingFileIsTheDefaultsAndLeftOutKeysKeepThem() throws IOException {
        assertThat(TargetsSettingsReader.read(dir)).isEqualTo(TargetsSettings.defaults());
        Files.writeString(dir.resolve("capability.yml"), "voiceSampleSize: 5\n");
        TargetsSettings s = TargetsSettingsReader.read(dir);
        assertThat(s.voiceSampleSize()).isEqualTo(5);
        assertThat(s.points()).isEqualTo(TargetsSettings.defaults().points());
    }

    @Test
    void mistakesNameTheFileAndKey() throws IOException {
        Files.writeString(dir.resolve("capability.yml"), "voiceSampleSiz: 5\n");
        assertThatThrownBy(() -> TargetsSettingsReader.read(dir)).hasMessageContaining("capability.yml")
                .hasMessageContaining("voiceSampleSiz");
        Files.writeString(dir.resolve("capability.yml"), "gapDimension: 不存在\n");
        assertThatThrownBy(() -> TargetsSettingsReader.read(dir)).hasMessageContaining("gap dimension");
        Files.writeString(dir.resolve("capability.yml"), "dimensions:\n  - name: a\n    metric: nope\n");
        assertThatThrownBy(() -> TargetsSettingsReader.read(dir)).hasMessageContaining("metric 'nope'");
    }
}

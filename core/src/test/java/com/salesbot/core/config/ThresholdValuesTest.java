package com.salesbot.core.config;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThresholdValuesTest {

    @Test
    void namesFollowTheRecordInOrder() {
        assertThat(ThresholdValues.names()).isEqualTo(Arrays.stream(Thresholds.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
    }

    @Test
    void noOverridesGiveTheDefaults() {
        assertThat(ThresholdValues.withOverrides(Map.of())).isEqualTo(Thresholds.defaults());
    }

    @Test
    void overrideReplacesOnlyItsComponent() {
        Thresholds t = ThresholdValues.withOverrides(Map.of("reserveGapRedRatio", 2.5, "heatmapDays", 14));
        assertThat(t.reserveGapRedRatio()).isEqualTo(2.5);
        assertThat(t.heatmapDays()).isEqualTo(14);
        Map<String, Object> expected = ThresholdValues.asMap(Thresholds.defaults());
        expected.put("reserveGapRedRatio", 2.5);
        expected.put("heatmapDays", 14);
        assertThat(ThresholdValues.asMap(t)).isEqualTo(expected);
    }

    @Test
    void asMapReadsEveryComponent() {
        Map<String, Object> map = ThresholdValues.asMap(Thresholds.defaults());
        assertThat(map).hasSize(Thresholds.class.getRecordComponents().length)
                .containsEntry("effectiveTouchMinSeconds", 30).containsEntry("lowActivityRatio", 0.6);
    }

    @Test
    void typeIsKnownOnlyForComponents() {
        assertThat(ThresholdValues.type("heatmapDays")).contains(int.class);
        assertThat(ThresholdValues.type("awardRatio")).contains(double.class);
        assertThat(ThresholdValues.type("heatmapDay")).isEmpty();
    }

    @Test
    void unknownNameOrWrongTypeIsRefused() {
        assertThatThrownBy(() -> ThresholdValues.withOverrides(Map.of("heatmapDay", 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heatmapDay");
        assertThatThrownBy(() -> ThresholdValues.withOverrides(Map.of("heatmapDays", 7.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heatmapDays");
    }
}

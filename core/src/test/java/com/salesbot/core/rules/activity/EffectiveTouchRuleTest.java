package com.salesbot.core.rules.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.testdata.TouchBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectiveTouchRuleTest {
    final EffectiveTouchRule rule = new EffectiveTouchRule(Thresholds.defaults());

    @ParameterizedTest(name = "tag={0} seconds={1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "已预约演示, 30, true",
            "已预约演示, 29, false",
            "已预约演示, 0, false",
            "需技术协同, 3600, true",
            "NULL, 30, false",
            "NULL, 600, false",
            "'  ', 60, false",
    })
    void needsAResultTagAndThirtySeconds(String tag, int seconds, boolean effective) {
        assertThat(rule.isEffective(TouchBuilder.touch("R1").tag(tag).seconds(seconds).build())).isEqualTo(effective);
    }

    @ParameterizedTest
    @CsvSource({"45, 44, false", "45, 45, true", "0, 0, true"})
    void theMinimumComesFromConfig(int min, int seconds, boolean effective) {
        assertThat(new EffectiveTouchRule(min).isEffective(TouchBuilder.touch("R1").seconds(seconds).build()))
                .isEqualTo(effective);
    }
}

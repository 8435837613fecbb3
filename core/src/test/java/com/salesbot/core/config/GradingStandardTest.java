package com.salesbot.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.GradingStandard.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingStandardTest {
    private static final List<Level> INTENTS = GradingStandard.defaults().intentLevels();

    private static List<Level> grades(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new Level(c, c + " 级", "标准 " + c)).toList();
    }

    @Test
    void theDefaultsAreValid() {
        assertThat(GradingStandard.defaults().validate()).isEmpty();
    }

    @Test
    void theGradesMustBeExactlyTheStoredCodesInOrder() {
        assertThat(new GradingStandard(grades("A", "B", "C", "D"), INTENTS).validate()).isEmpty();
        assertThat(new GradingStandard(grades("A", "B", "C"), INTENTS).validate()).extracting(ConfigIssue::path)
                .containsExactly("grades");
        assertThat(new GradingStandard(grades("B", "A", "C", "D"), INTENTS).validate()).extracting(ConfigIssue::path)
                .containsExactly("grades");
    }

    @Test
    void criteriaUpToTheLimitPassOneMoreCharacterIsReported() {
        String limit = "很".repeat(GradingStandard.MAX_CRITERIA_CHARS);
        List<Level> ok = List.of(new Level("high", "高意向", limit));
        List<Level> tooLong = List.of(new Level("high", "高意向", limit + "长"));
        assertThat(new GradingStandard(grades("A", "B", "C", "D"), ok).validate()).isEmpty();
        assertThat(new GradingStandard(grades("A", "B", "C", "D"), tooLong).validate())
                .extracting(ConfigIssue::path).containsExactly("intentLevels[0].criteria");
    }

    @Test
    void intentCodesFollowTheCodeRulesAndAtLeastOneIsNeeded() {
        List<Level> bad = List.of(new Level("High", "高", "x"), new Level("low", "高", "y"));
        assertThat(new GradingStandard(grades("A", "B", "C", "D"), bad).validate()).extracting(ConfigIssue::path)
                .containsExactly("intentLevels[0].code", "intentLevels[1].label");
        assertThat(new GradingStandard(grades("A", "B", "C", "D"), List.of()).validate())
                .extracting(ConfigIssue::path).containsExactly("intentLevels");
    }
}

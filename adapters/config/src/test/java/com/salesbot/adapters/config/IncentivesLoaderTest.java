package com.salesbot.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.bonus.IncentiveSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incentives.yml: the shipped file equals the defaults; every mistake is named with file and line. */
class IncentivesLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFileIsTheArticlesDefaults() {
        assertThat(new IncentivesLoader().load(Path.of("../../config"))).isEqualTo(IncentiveSettings.defaults());
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new IncentivesLoader().load(dir)).isEqualTo(IncentiveSettings.defaults());
    }

    @Test
    void keysLeftOutKeepTheirDefaults() throws IOException {
        Files.writeString(dir.resolve("incentives.yml"), "collaboration:\n  cap: 0.8\n");
        IncentiveSettings s = new IncentivesLoader().load(dir);
        assertThat(s.csCap()).isEqualByComparingTo("0.8");
        assertThat(s.paymentShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void everyProblemIsListedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("incentives.yml"), String.join("\n",
                "baseBonusRate: abc",
                "release:",
                "  payment: 0.5",
                "  noComplain: 0.3",
                "mentor:",
                "  nextDeals: x",
                ""));
        assertThatThrownBy(() -> new IncentivesLoader().load(dir)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).contains("incentives.yml").contains("line 1")
                                .contains("baseBonusRate must be a decimal number"))
                        .anySatisfy(p -> assertThat(p).contains("line 4").contains("did you mean \"noComplaint\""))
                        .anySatisfy(p -> assertThat(p).contains("line 6").contains("nextDeals must be a whole")));
    }

    @Test
    void sharesThatDoNotAddUpToOneAndACapAboveTheMaxAreRefused() throws IOException {
        Files.writeString(dir.resolve("incentives.yml"), String.join("\n",
                "release:",
                "  payment: 0.6",
                "collaboration:",
                "  cap: 1.5",
                ""));
        assertThatThrownBy(() -> new IncentivesLoader().load(dir)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).contains("line 2").contains("must add up to 1, got 1.1"))
                        .anySatisfy(p -> assertThat(p).contains("line 4").contains("cap must lie between")));
    }
}

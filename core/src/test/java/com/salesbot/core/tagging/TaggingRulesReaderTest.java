package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.model.TagKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingRulesReaderTest {
    private final TaggingRulesReader reader = new TaggingRulesReader(BusinessConfig.defaultScenarios());

    @Test
    void shippedRulesCoverEveryConfiguredScenarioAndThePriceSignal() {
        TaggingRules rules = TaggingFixtures.shippedRules();
        assertThat(rules.rules().stream().filter(r -> r.kind() == TagKind.SCENARIO).map(TagRule::tag).distinct())
                .containsExactlyInAnyOrder("询价", "投诉", "续费", "售后", "闲聊");
        assertThat(rules.rules()).anyMatch(r -> r.kind() == TagKind.SIGNAL && r.tag().equals("价格敏感"));
        assertThat(rules.fallback()).isEqualTo("闲聊");
        assertThat(rules.minConfidence()).isEqualTo(0.5);
    }

    @Test
    void scenarioCodesBecomeLabelsAndPatternsMayContainBars(@TempDir Path dir) throws IOException {
        write(dir, "scenario\tcomplaint\tc1\t0.9\t投诉|re:(?:差|恶)评|re:12315\n");
        TagRule rule = reader.read(dir, "cfg").rules().get(0);
        assertThat(rule.tag()).isEqualTo("投诉");
        assertThat(rule.keywords()).containsExactly("投诉");
        assertThat(rule.patterns()).extracting(Object::toString).containsExactly("(?:差|恶)评", "12315");
    }

    @Test
    void everyProblemIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        write(dir, "# comment\n"
                + "scenario\t催款\tx\t0.9\t钱\n"
                + "scenario\t投诉\ty\t1.5\t投诉\n"
                + "scenario\t投诉\ty\t0.9\tre:(unclosed\n"
                + "set\tmin_confidence\t0\n"
                + "set\tfallback\t八卦\n"
                + "rule\t投诉\tz\t0.9\t投诉\n");
        assertThatThrownBy(() -> reader.read(dir, "cfg"))
                .isInstanceOf(TaggingConfigException.class)
                .satisfies(e -> assertThat(((TaggingConfigException) e).problems()).containsExactly(
                        "cfg/rules.tsv line 2: unknown scenario \"催款\"; configured: [询价, 投诉, 续费, 售后, 闲聊]",
                        "cfg/rules.tsv line 3: confidence must be a number in (0, 1], got \"1.5\"",
                        "cfg/rules.tsv line 4: rule name \"y\" is used twice",
                        "cfg/rules.tsv line 4: bad pattern \"(unclosed\": Unclosed group",
                        "cfg/rules.tsv line 4: rule \"y\" has no word",
                        "cfg/rules.tsv line 5: value must be a number in (0.0, 1.0], got \"0\"",
                        "cfg/rules.tsv line 6: unknown scenario \"八卦\"; configured: [询价, 投诉, 续费, 售后, 闲聊]",
                        "cfg/rules.tsv line 7: unknown line type \"rule\" (scenario, signal or set)"));
    }

    @Test
    void aMissingFileIsAProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir, "cfg")).hasMessageContaining("cfg/rules.tsv: cannot be read");
    }

    private static void write(Path dir, String text) throws IOException {
        Files.writeString(dir.resolve(TaggingRulesReader.FILE), text, StandardCharsets.UTF_8);
    }
}

package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeMatchersTest {
    private static final Touch BUDGET = new Touch(1, "r1", "c1", TouchKind.CALL, 0, 60, "budget_unclear", null, 1,
            "chat", null);

    @TempDir
    Path dir;

    @Test
    void theShippedFolderMatchesATaggedTouch() {
        KnowledgeMatcher matcher = KnowledgeMatchers.fromFolder(KnowledgeFixture.SHIPPED,
                BusinessConfig.defaultResultTags(), 0.5);

        assertThat(matcher.bestMatch(BUDGET)).map(KnowledgeMatch::title).contains("预算审批卡住或要等下季度");
    }

    @Test
    void anEmptyOrMissingFolderTurnsMatchingOff() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# 说明");

        assertThat(KnowledgeMatchers.fromFolder(dir, BusinessConfig.defaultResultTags(), 0.5))
                .isSameAs(KnowledgeMatcher.NONE);
        assertThat(KnowledgeMatchers.fromFolder(dir.resolve("absent"), BusinessConfig.defaultResultTags(), 0.5))
                .isSameAs(KnowledgeMatcher.NONE);
    }

    @Test
    void aMalformedArticleIsReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("budget.md"), "---\nid: budget\ntitle 预算\n---\n## 应对话术\n好\n");

        assertThatThrownBy(() -> KnowledgeMatchers.fromFolder(dir, BusinessConfig.defaultResultTags(), 0.5))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessage("budget.md:3: expected 'key: value', got 'title 预算'");
    }
}

package com.salesbot.core.feature.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.port.KnowledgeMatch;
import org.junit.jupiter.api.Test;

class KnowledgeMatchLineTest {
    @Test
    void aMatchWithATalkTrackShowsItsStart() {
        KnowledgeMatch match = new KnowledgeMatch("预算审批卡住或要等下季度", 0.82, "“我帮您准备一页纸的立项材料。”");

        assertThat(ResultPromptFlow.matchLine(match))
                .isEqualTo("与《预算审批卡住或要等下季度》匹配度 82%，应对话术：“我帮您准备一页纸的立项材料。”");
    }

    @Test
    void aMatchWithoutATalkTrackPointsToTheArticle() {
        assertThat(ResultPromptFlow.matchLine(new KnowledgeMatch("制造业客户常见降本诉求", 0.82)))
                .isEqualTo("与《制造业客户常见降本诉求》匹配度 82%，可以看看应对话术。");
        assertThat(ResultPromptFlow.matchLine(new KnowledgeMatch("制造业客户常见降本诉求", 0.82, "  ")))
                .isEqualTo("与《制造业客户常见降本诉求》匹配度 82%，可以看看应对话术。");
    }
}

package com.salesbot.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.feature.checkin.CheckinFeature;
import com.salesbot.core.feature.compare.CompareFeature;
import com.salesbot.core.feature.help.HelpFeature;
import com.salesbot.core.feature.lead.LeadFeature;
import com.salesbot.core.feature.leave.LeaveFeature;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.feature.pipeline.GradeFeature;
import com.salesbot.core.feature.pipeline.GradingStandardFeature;
import com.salesbot.core.feature.pipeline.MyLeadsFeature;
import com.salesbot.core.feature.pipeline.OpportunityFeature;
import com.salesbot.core.feature.pipeline.SourceCheckFeature;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.feature.target.TargetFeature;
import com.salesbot.core.feature.targets.TargetsFeature;
import com.salesbot.core.messaging.InboundHandler;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine gets every ChatFeature bean, in @Order, and the inbox handler is the engine itself. */
@MicronautTest(environments = "test", transactional = false)
class EngineWiringTest {
    @Inject
    List<ChatFeature> features;
    @Inject
    ConversationEngine engine;
    @Inject
    InboundHandler inbox;

    @Test
    void everyFeatureBeanIsHandedToTheEngineInMenuOrder() {
        assertThat(features).extracting(f -> f.getClass().getSimpleName()).containsExactly(
                TargetFeature.class.getSimpleName(), LeadFeature.class.getSimpleName(),
                MyLeadsFeature.class.getSimpleName(), GradeFeature.class.getSimpleName(),
                GradingStandardFeature.class.getSimpleName(), OpportunityFeature.class.getSimpleName(), CheckinFeature.class.getSimpleName(),
                LeaveFeature.class.getSimpleName(), CompareFeature.class.getSimpleName(),
                com.salesbot.core.feature.deal.DealFeature.class.getSimpleName(),
                com.salesbot.core.feature.bonus.BonusFeature.class.getSimpleName(),
                com.salesbot.core.feature.targets.TargetsFeature.class.getSimpleName(),
                HelpFeature.class.getSimpleName(), ResultFeature.class.getSimpleName(),
                ApplicationNoteFeature.class.getSimpleName(), SourceCheckFeature.class.getSimpleName(),
                com.salesbot.core.feature.quote.QuoteFeature.class.getSimpleName());
        assertThat(engine.feature(ResultFeature.class)).isSameAs(features.get(13));
        assertThat(inbox).isInstanceOf(EngineInboundHandler.class);
    }
}

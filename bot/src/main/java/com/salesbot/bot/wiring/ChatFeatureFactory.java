package com.salesbot.bot.wiring;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.checkin.CheckinFeature;
import com.salesbot.core.feature.compare.CompareFeature;
import com.salesbot.core.feature.help.HelpFeature;
import com.salesbot.core.feature.lead.LeadFeature;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.feature.target.TargetFeature;
import com.salesbot.core.feature.targets.SnapshotService;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.query.ComparisonQuery;
import com.salesbot.core.query.TargetHealthQuery;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.time.ZoneId;

/**
 * The chat features, one bean each; the engine takes every {@link ChatFeature} bean. {@code @Order} is the order of
 * registration and of the help menu: commands people see first get the lowest numbers; features without a menu
 * line (result cards, application notes) come last. A new feature adds a bean here or anywhere else, with an order.
 */
@Factory
public class ChatFeatureFactory {
    @Singleton
    @Order(100)
    TargetFeature targetFeature(OrgStore org, TargetHealthQuery targets, ChartPort charts, BusinessConfig config,
                                ZoneId zone, PushFiles files) {
        return new TargetFeature(org, targets, charts, config.thresholds(), zone, files);
    }

    @Singleton
    @Order(200)
    LeadFeature leadFeature(DialogStore dialogs, LeadStore leads, CustomerStore customers, TouchStore touches,
                            BusinessConfig config, ChatSettings settings) {
        return new LeadFeature(dialogs, leads, customers, touches, config, settings);
    }

    @Singleton
    @Order(300)
    CheckinFeature checkinFeature(DialogStore dialogs, TouchStore touches, CustomerStore customers,
                                  ResultFeature results, ChatSettings settings) {
        return new CheckinFeature(dialogs, touches, customers, results, settings);
    }

    @Singleton
    @Order(400)
    CompareFeature compareFeature(ComparisonQuery comparisons, ZoneId zone) {
        return new CompareFeature(comparisons, zone);
    }

    @Singleton
    @Order(900)
    HelpFeature helpFeature() {
        return new HelpFeature();
    }

    @Singleton
    @Order(1000)
    ResultFeature resultFeature(DialogStore dialogs, TouchStore touches, CustomerStore customers, OrgStore org,
                                BusinessConfig config, ChatSettings settings, @Nullable KnowledgeMatcher knowledge,
                                SnapshotService snapshot) {
        return new ResultFeature(dialogs, touches, customers, org, config, settings, knowledge, snapshot);
    }

    @Singleton
    @Order(1100)
    ApplicationNoteFeature applicationNoteFeature(KeyValueStore kv, ApplicationNoteStore notes,
                                                  ChatSettings settings) {
        return new ApplicationNoteFeature(kv, notes, settings);
    }
}

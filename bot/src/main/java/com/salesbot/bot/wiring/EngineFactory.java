package com.salesbot.bot.wiring;

import com.salesbot.bot.startup.Backends;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.charts.TargetHealthData;
import com.salesbot.charts.TargetHealthRenderer;
import com.salesbot.bot.tagging.GroupMessageIngestion;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.chat.Middleware;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The conversation engine: its middleware chain, its features (beans), charts, the channels pushes may use. */
@Factory
public class EngineFactory {
    @Singleton
    ChatSettings chatSettings(ZoneId zone, Backends backends) {
        ChatSettings d = ChatSettings.defaults();
        List<String> push = new ArrayList<>();
        if (!"off".equals(backends.wecom())) {
            push.add("wecom");
        }
        if (!"off".equals(backends.dingtalk())) {
            push.add("dingtalk");
        }
        push.add("sandbox");
        return new ChatSettings(zone, Set.of(), push, d.resultPromptTtl(), d.noteTtl(), d.formTtl(),
                d.applicationNoteTtl(), d.recentCustomers(), d.recentDays());
    }

    /** The CJK font loads on the first chart, not at start-up (it takes about a second). */
    @Singleton
    ChartPort targetChart(BusinessConfig config) {
        Lazy<TargetHealthRenderer> renderer = Lazy.of(() -> new TargetHealthRenderer(PhoneChartTheme.shared()));
        double ratio = config.thresholds().reserveGapRedRatio();
        return (rep, h) -> h.targetFen() <= 0 ? null : renderer.get().render(new TargetHealthData(
                rep.name() + " · 目标健康度", h.targetFen(), h.achievedFen(), h.reserveFen(), h.gapFen(),
                (long) Math.ceil(h.gapFen() * ratio), h.red()));
    }

    @Singleton
    DialogStore dialogStore(KeyValueStore kv) {
        return new DialogStore(kv);
    }

    /**
     * The one place the engine is put together. Middleware, in this order: drop the bot's own and empty events;
     * store and tag customer-group texts (before the sender is resolved, because a customer talking in the group
     * is nobody the bot serves, yet their message is tagged); resolve the sender. Features: every
     * {@link ChatFeature} bean, in {@code @Order} (see {@link ChatFeatureFactory}), so a new feature only adds a
     * bean.
     */
    @Singleton
    ConversationEngine conversationEngine(OrgStore org, GroupMessageIngestion groups, List<ChatFeature> features,
                                          DialogStore dialogs, ChatSettings settings, Clock clock) {
        Middleware groupTagging = (request, next) -> {
            groups.ingest(request.message());
            return next.proceed(request);
        };
        List<Middleware> middleware = List.of(new IgnoreOwnAndEmpty(settings.botIds()), groupTagging,
                new ResolveSender(org));
        return new ConversationEngine(middleware, features, dialogs, clock);
    }
}

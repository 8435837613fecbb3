package com.salesbot.bot.wiring;

import com.salesbot.bot.startup.Backends;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.charts.TargetHealthData;
import com.salesbot.charts.TargetHealthRenderer;
import com.salesbot.core.chat.ChatPorts;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.query.ComparisonQuery;
import com.salesbot.core.query.TargetHealthQuery;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The conversation engine and what it needs: ports, charts, the channels pushes may use. */
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
    ConversationEngine conversationEngine(OrgStore org, CustomerStore customers, LeadStore leads, TouchStore touches,
                                          KeyValueStore kv, TargetHealthQuery targets, ComparisonQuery comparisons,
                                          ApplicationNoteStore notes, ChartPort charts,
                                          @Nullable KnowledgeMatcher knowledge, BusinessConfig config,
                                          ChatSettings settings, Clock clock) {
        ChatPorts ports = new ChatPorts(org, customers, leads, touches, kv, targets, comparisons, notes, charts,
                knowledge);
        return new ConversationEngine(ports, config, settings, clock);
    }
}

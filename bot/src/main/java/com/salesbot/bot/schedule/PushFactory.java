package com.salesbot.bot.schedule;

import com.salesbot.bot.wiring.Lazy;
import com.salesbot.charts.HeatmapRenderer;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.push.CoachingPushes;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.push.HeatmapImages;
import com.salesbot.core.push.KeyValuePushFiles;
import com.salesbot.core.push.MonthlyPushes;
import com.salesbot.core.push.MonthlyReport;
import com.salesbot.core.push.PlaybookLibrary;
import com.salesbot.core.push.ProcessSignals;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.push.SignedLinks;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.push.PushSchedule;
import com.salesbot.core.push.WeeklyPushes;
import com.salesbot.core.feature.pipeline.SourceCheckFeature;
import com.salesbot.core.push.QuietHours;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scheduled-push use cases of core, wired to the stores, the outbox and the charts. Properties (all optional):
 * {@code salesbot.push.interval} (job tick, 1m), {@code salesbot.push.lesson-look-back} (7d),
 * {@code salesbot.push.closed-stages} (lead stages left out of the R6 list), {@code salesbot.push.file-path}
 * (link prefix of push files, /push-files), {@code salesbot.push.file-keep} (40d).
 */
@Factory
public class PushFactory {
    @Singleton
    PlaybookLibrary playbooks(@Value("${salesbot.config-dir:./config}") String configDir) {
        return PlaybookLibrary.load(Path.of(configDir, "playbooks"));
    }

    @Singleton
    QuietHours quietHours(BusinessConfig config, ZoneId zone) {
        return new QuietHours(config.schedule(), zone);
    }

    @Singleton
    PushLedger pushLedger(KeyValueStore kv) {
        return new PushLedger(kv);
    }

    /**
     * Absolute signed links from {@code salesbot.public-url} (the address users reach the bot at) and
     * {@code salesbot.link-secret}; without a secret a random one is made at start-up, so links stop working at a
     * restart and differ between instances: set it in production.
     */
    @Singleton
    SignedLinks signedLinks(@io.micronaut.core.annotation.Nullable @Value("${salesbot.public-url:}") String publicUrl,
                            @Value("${micronaut.server.port:8080}") int port,
                            @Value("${salesbot.push.file-path:/push-files}") String path,
                            @Value("${salesbot.push.file-keep:40d}") Duration keep,
                            @io.micronaut.core.annotation.Nullable @Value("${salesbot.link-secret:}") String secret,
                            java.time.Clock clock) {
        byte[] key;
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            org.slf4j.LoggerFactory.getLogger(PushFactory.class).warn("salesbot.link-secret is not set: links in "
                    + "messages stop working when the bot restarts; set SALESBOT_LINK_SECRET (16+ characters)");
        } else {
            key = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String base = publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + port : publicUrl;
        return new SignedLinks(base, path, key, clock, keep);
    }

    @Singleton
    PushFiles pushFiles(KeyValueStore kv, SignedLinks links, @Value("${salesbot.push.file-keep:40d}") Duration keep) {
        return new KeyValuePushFiles(kv, links, keep);
    }

    @Singleton
    HeatmapImages heatmapImages() {
        return new HeatmapCardImages(Lazy.of(() -> new HeatmapRenderer(PhoneChartTheme.shared())));
    }

    @Singleton
    RecipientDirectory pushRecipients(ChatSettings chat) {
        return new RecipientDirectory(chat.pushChannels());
    }

    @Singleton
    DailyDigest dailyDigest(OrgStore org, TouchStore touches, TargetHealthQuery health, BusinessCalendar calendar,
                            BusinessConfig config, HeatmapImages images, @Nullable ComplianceAlerts compliance,
                            RecipientDirectory directory, ProcessSignals signals,
                            @Value("${salesbot.admins:}") List<String> admins) {
        return new DailyDigest(org, touches, health, calendar, config.thresholds(), images,
                compliance == null ? ComplianceAlerts.NONE : compliance, directory, signals,
                admins.stream().map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet()));
    }

    @Singleton
    ProcessSignals processSignals(OrgStore org, LeadStore leads, TouchStore touches, OpportunityStore opportunities,
                                  BusinessCalendar calendar, RecipientDirectory directory, BusinessConfig config,
                                  @Value("${salesbot.push.closed-stages:}") List<String> closedStages) {
        return new ProcessSignals(org, leads, touches, opportunities, calendar, new HashSet<>(closedStages),
                directory, config.lostReasons());
    }

    @Singleton
    PushOutbox pushOutbox(OutboxWriter outbox, QuietHours quiet) {
        return new PushOutbox(outbox, quiet);
    }

    @Singleton
    PushSchedule pushSchedule(OrgStore org, TouchStore touches, CustomerStore customers, LeadStore leads,
                              TargetHealthQuery health, BusinessCalendar calendar, BusinessConfig config,
                              ApplicationNoteFeature notes, DailyDigest digest, PlaybookLibrary playbooks,
                              PushLedger ledger, PushFiles files, QuietHours quiet, PushOutbox pushOutbox,
                              RecipientDirectory directory, ProcessSignals signals, List<MonthlyReport> reports,
                              @Nullable SourceCheckFeature sourceCheck,
                              @Value("${salesbot.push.lesson-look-back:7d}") Duration lessonLookBack,
                              @Value("${salesbot.push.closed-stages:}") List<String> closedStages) {
        CoachingPushes coaching = new CoachingPushes(org, touches, customers, leads, calendar, config.thresholds(),
                playbooks, notes, ledger, directory, lessonLookBack, quiet);
        MonthlyPushes monthly = new MonthlyPushes(org, leads, customers, health, calendar, config.thresholds(),
                new HashSet<>(closedStages), files, directory, config.stages(), signals, reports);
        return new PushSchedule(digest, coaching, monthly, pushOutbox, ledger, calendar, config.schedule(),
                sourceCheck == null ? WeeklyPushes.NONE : sourceCheck::weekly);
    }
}

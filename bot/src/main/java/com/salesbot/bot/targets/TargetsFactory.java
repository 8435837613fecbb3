package com.salesbot.bot.targets;

import com.salesbot.adapters.config.TargetsSettingsReader;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.charts.CapabilityChartsRenderer;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.ConsensusService;
import com.salesbot.core.feature.targets.DecayService;
import com.salesbot.core.feature.targets.GapCoaching;
import com.salesbot.core.feature.targets.QuarterlyTargetsPushes;
import com.salesbot.core.feature.targets.TargetsMonthlyReport;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.push.MonthlyReport;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.feature.targets.GrowthAccount;
import com.salesbot.core.feature.targets.SnapshotService;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.feature.targets.TargetsDemo;
import com.salesbot.core.feature.targets.TargetsFeature;
import com.salesbot.core.importing.TargetsImports;
import com.salesbot.core.feature.targets.TargetsSettings;
import com.salesbot.core.feature.targets.VoiceSampleService;
import com.salesbot.core.feature.targets.port.CapabilityCharts;
import com.salesbot.core.feature.targets.port.TargetPlanStore;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.ServiceTicketStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * Wires the targets feature (R7, R8, R13-R15, R17): its settings from config/capability.yml, its use cases and
 * charts. The audit log and the service-ticket store come from whichever module provides them; until one does, the
 * audit goes to the log ({@link LogAuditLog}) and the snapshot simply has no ticket line.
 */
@Factory
public class TargetsFactory {
    @Singleton
    TargetsSettings targetsSettings(@Value("${salesbot.config-dir:./config}") String dir) {
        try {
            return TargetsSettingsReader.read(Path.of(dir));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("salesbot.config-dir", e.getMessage());
        }
    }

    @Singleton
    CapabilityCharts capabilityCharts() {
        return new CapabilityChartsRenderer(PhoneChartTheme.shared());
    }

    /** The audit log another module provides, else one that writes the entries to the application log. */
    static AuditLog audit(BeanProvider<AuditLog> provider) {
        return provider.isPresent() ? provider.get() : LogAuditLog.INSTANCE;
    }

    @Singleton
    TargetSandboxService targetSandboxService(OrgStore org, PaymentStore payments, OpportunityStore opportunities,
                                              CustomerStore customers, TargetStore targets, TargetPlanStore plans,
                                              TargetsDataStore data, BeanProvider<AuditLog> audit,
                                              TargetsSettings settings, ZoneId zone) {
        return new TargetSandboxService(org, payments, opportunities, customers, targets, plans, data, audit(audit),
                settings, zone);
    }

    @Singleton
    CapabilityService capabilityService(OrgStore org, OpportunityStore opportunities, TouchStore touches,
                                        TargetsDataStore data, TargetsSettings settings, BusinessConfig config,
                                        ZoneId zone) {
        return new CapabilityService(org, opportunities, touches, data, settings,
                new EffectiveTouchRule(config.thresholds()), config.thresholds().capabilityGapRatio(),
                config.thresholds().capabilityGapQuarters(), zone);
    }

    @Singleton
    SnapshotService snapshotService(TargetsDataStore data, BeanProvider<ServiceTicketStore> tickets,
                                    CustomerStore customers) {
        return new SnapshotService(data, tickets.isPresent() ? tickets.get() : NoTickets.INSTANCE, customers);
    }

    @Singleton
    VoiceSampleService voiceSampleService(OpportunityStore opportunities, TargetsSettings settings, ZoneId zone) {
        return new VoiceSampleService(opportunities, settings, zone);
    }

    @Singleton
    GrowthAccount growthAccount(OrgStore org, TargetsDataStore data, BeanProvider<AuditLog> audit,
                                TargetsSettings settings) {
        return new GrowthAccount(org, data, audit(audit), settings);
    }

    @Singleton
    ConsensusService consensusService(TargetsDataStore data, TargetStore targets, TargetSandboxService sandbox,
                                      BeanProvider<AuditLog> audit, TargetsSettings settings) {
        return new ConsensusService(data, targets, sandbox, audit(audit), settings.consensusMinAnswers());
    }

    @Singleton
    TargetsImports targetsImports(TargetsDataStore data, GrowthAccount growth, ZoneId zone) {
        return new TargetsImports(data, growth, zone);
    }

    /** After 目标/录线索/打卡/对比 in the help menu, before 帮助. */
    @Singleton
    @Order(700)
    TargetsFeature targetsFeature(OrgStore org, TargetSandboxService sandbox, CapabilityService capability,
                                  ConsensusService consensus, GrowthAccount growth, CapabilityCharts charts,
                                  ZoneId zone) {
        return new TargetsFeature(org, sandbox, capability, consensus, growth, charts, zone);
    }

    @Singleton
    GapCoaching gapCoaching(CapabilityService capability, OrgStore org, TargetsSettings settings,
                            BeanProvider<AuditLog> audit) {
        return new GapCoaching(capability, org, settings, audit(audit));
    }

    @Singleton
    TargetsDemo targetsDemo(OrgStore org, CustomerStore customers, TouchStore touches, TargetStore targets,
                            OpportunityStore opportunities, TargetsDataStore data, TargetPlanStore plans, TargetSandboxService sandbox,
                            GrowthAccount growth, ZoneId zone) {
        return new TargetsDemo(org, customers, touches, targets, opportunities, data, plans, sandbox, growth, zone);
    }

    @Singleton
    DecayService decayService(TargetsDataStore data, OrgStore org, TargetStore targets) {
        return new DecayService(data, org, targets);
    }

    /** The quarterly R15 run and R13 reminder (QuarterlyTargetsJob); the admin API shares its R15 cards and keys. */
    @Singleton
    QuarterlyTargetsPushes quarterlyTargetsPushes(GapCoaching coaching, VoiceSampleService voice, OrgStore org,
                                                  PushOutbox outbox, PushLedger ledger, BusinessCalendar calendar,
                                                  RecipientDirectory directory) {
        return new QuarterlyTargetsPushes(coaching, voice, org, outbox, ledger, calendar, directory);
    }

    /** Target decay for directors and 目标共识度 for managers in the scheduled monthly reports. */
    @Singleton
    MonthlyReport targetsMonthlyReport(OrgStore org, DecayService decay, ConsensusService consensus,
                                       TargetsFeature feature, RecipientDirectory directory) {
        return new TargetsMonthlyReport(org, decay, consensus, feature, directory);
    }

    /** No service-desk store in this build: the snapshot has no ticket line. */
    enum NoTickets implements ServiceTicketStore {
        INSTANCE;

        @Override
        public void saveAll(Collection<com.salesbot.core.model.ServiceTicket> tickets) {
            throw new UnsupportedOperationException("no service-ticket store in this build");
        }

        @Override
        public List<com.salesbot.core.model.ServiceTicket> openedBetween(Collection<String> customerIds, long fromMs,
                                                                         long toMs) {
            return List.of();
        }
    }
}

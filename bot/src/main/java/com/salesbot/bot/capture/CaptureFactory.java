package com.salesbot.bot.capture;

import com.salesbot.core.feature.result.ResultFeature;

import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.capture.AbsenceBook;
import com.salesbot.core.capture.Absences;
import com.salesbot.core.capture.ChatTouchCloser;
import com.salesbot.core.capture.IdleConversations;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.leave.LeaveFeature;
import com.salesbot.core.feature.pipeline.GradeFeature;
import com.salesbot.core.usecase.SimulateSandboxChat;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.feature.pipeline.SourceCheckFeature;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.feature.pipeline.GradingStandardFeature;
import com.salesbot.core.config.GradingStandard;
import com.salesbot.adapters.config.ConfigException;
import com.salesbot.adapters.config.GradingLoader;
import io.micronaut.context.annotation.Value;
import com.salesbot.bot.startup.InvalidSettingException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import com.salesbot.core.feature.pipeline.MyLeadsFeature;
import com.salesbot.core.feature.pipeline.OpportunityFeature;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Wires capturing work where it happens (R23): chat touches, absences, leads, grades and opportunities in chat. */
@Factory
public class CaptureFactory {
    @Singleton
    Absences absences(OrgStore org, AbsenceBook book, AuditLog audit, BusinessCalendar calendar,
                      Transactions transactions) {
        return new Absences(org, book, audit, calendar, transactions);
    }

    @Singleton
    @Order(350)
    LeaveFeature leaveFeature(Absences absences, DialogStore dialogs, ZoneId zone) {
        return new LeaveFeature(absences, dialogs, zone);
    }

    @Singleton
    @Order(250)
    MyLeadsFeature myLeadsFeature(LeadStore leads, CustomerStore customers, OrgStore org, BusinessConfig config,
                                  DialogStore dialogs, AuditLog audit, Transactions transactions,
                                  BusinessCalendar calendar) {
        return new MyLeadsFeature(leads, customers, org, config.stages(), config.lostReasons(), dialogs, audit,
                transactions, calendar);
    }

    @Singleton
    @Order(260)
    GradeFeature gradeFeature(CustomerStore customers, OrgStore org, DialogStore dialogs, AuditLog audit,
                              Transactions transactions) {
        return new GradeFeature(customers, org, dialogs, audit, transactions);
    }

    /** Reads config/grading.yml at start-up; every problem is listed with file and line, and start-up stops. */
    @Singleton
    GradingStandard gradingStandard(@Value("${salesbot.config-dir:./config}") String dir) {
        try {
            return new GradingLoader().load(Path.of(dir));
        } catch (ConfigException e) {
            String problems = e.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            throw new InvalidSettingException("salesbot.config-dir",
                    e.problems().size() + " problem(s) in the grading standard:" + problems);
        }
    }

    @Singleton
    @Order(265)
    GradingStandardFeature gradingStandardFeature(GradingStandard standard) {
        return new GradingStandardFeature(standard);
    }

    /** The Monday source-accuracy card (R20) and its taps; no menu line. */
    @Singleton
    @Order(1150)
    SourceCheckFeature sourceCheckFeature(OrgStore org, LeadStore leads, CustomerStore customers,
                                          BusinessConfig config, DialogStore dialogs, AuditLog audit,
                                          Transactions transactions, BusinessCalendar calendar,
                                          RecipientDirectory directory) {
        return new SourceCheckFeature(org, leads, customers, config.leadSources(), dialogs, audit, transactions,
                calendar, directory, config.thresholds().sourceCheckLeads());
    }

    @Singleton
    @Order(270)
    OpportunityFeature opportunityFeature(OpportunityStore opportunities, CustomerStore customers, OrgStore org,
                                          DialogStore dialogs, AuditLog audit, Transactions transactions) {
        return new OpportunityFeature(opportunities, customers, org, dialogs, audit, transactions);
    }

    @Singleton
    SimulateSandboxChat simulateSandboxChat(OrgStore org, CustomerStore customers, IngestConversations ingest,
                                            BusinessConfig config, Clock clock) {
        return new SimulateSandboxChat(org, customers, ingest, config.thresholds(), clock);
    }

    @Singleton
    ChatTouchCloser chatTouchCloser(IdleConversations idle, ConversationStore conversations, TouchStore touches,
                                    CounterStore counters, ResultFeature results, OutboxStore outbox,
                                    OutboundCodec codec, Transactions transactions, BusinessConfig config,
                                    Clock clock, ZoneId zone) {
        return new ChatTouchCloser(idle, conversations, touches, counters, t -> results.flow().promptForTouch(t, clock.millis()), outbox, codec,
                transactions, config.thresholds(), clock.withZone(zone));
    }
}

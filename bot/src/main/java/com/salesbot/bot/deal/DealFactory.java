package com.salesbot.bot.deal;

import com.salesbot.adapters.config.ConfigException;
import com.salesbot.adapters.config.IncentivesLoader;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.bonus.BonusBook;
import com.salesbot.core.bonus.BonusLedgerStore;
import com.salesbot.core.bonus.IncentiveMonthly;
import com.salesbot.core.bonus.IncentiveSettings;
import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.LtvBoard;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.deal.DealAssessment;
import com.salesbot.core.demo.DealDemo;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.deal.DealReviewStore;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.importing.DealImports;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.ServiceTicketStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.deal.HealthyDealCheck;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.feature.bonus.BonusFeature;
import com.salesbot.core.feature.deal.DealFeature;
import com.salesbot.core.port.OpportunityStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** R11 healthy deals and R21 incentives: core use cases wired to the stores, the outbox and config/incentives.yml. */
@Factory
public class DealFactory {
    private static final Logger AUDIT = LoggerFactory.getLogger("salesbot.audit");

    /** Reads config/incentives.yml at start-up; every problem is listed with file and line, and start-up stops. */
    @Singleton
    IncentiveSettings incentiveSettings(@Value("${salesbot.config-dir:./config}") String dir) {
        try {
            return new IncentivesLoader().load(Path.of(dir));
        } catch (ConfigException e) {
            String problems = e.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            throw new InvalidSettingException("salesbot.config-dir",
                    e.problems().size() + " problem(s) in the incentive configuration:" + problems);
        }
    }

    @Singleton
    DealAssessment dealAssessment(BusinessConfig config) {
        return new DealAssessment(new HealthyDealCheck(config.thresholds()));
    }

    /**
     * The audit trail's store when one is wired; otherwise entries go to the {@code salesbot.audit} log so that no
     * change goes unrecorded.
     */
    @Singleton
    DealDesk dealDesk(DealStore deals, DealReviewStore reviews, OrgStore org, CustomerStore customers,
                      DealAssessment assessment, @Nullable AuditLog audit, RecipientDirectory directory,
                      PushOutbox outbox, DialogStore dialogs, Clock clock, ZoneId zone) {
        return new DealDesk(deals, reviews, org, customers, assessment, audit(audit), directory, outbox, dialogs,
                clock.withZone(zone));
    }

    static AuditLog audit(AuditLog audit) {
        return audit != null ? audit : entry -> AUDIT.info("{} {} {}/{} by {} via {}: {} -> {}", entry.at(),
                entry.action(), entry.subjectType(), entry.subjectId(), entry.actorId(), entry.channel(),
                entry.before(), entry.after());
    }

    @Singleton
    BonusBook bonusBook(DealStore deals, IncentiveStore inputs, ServiceTicketStore tickets, CustomerStore customers,
                        BonusLedgerStore ledger, IncentiveSettings settings, ZoneId zone) {
        return new BonusBook(deals, inputs, tickets, customers, ledger, settings, zone);
    }

    @Singleton
    LtvBoard ltvBoard(OrgStore org, CustomerStore customers, PaymentStore payments, DealStore deals) {
        return new LtvBoard(org, customers, payments, deals);
    }

    @Singleton
    DealImports dealImports(OrgStore org, CustomerStore customers, DealStore deals, DealDesk desk,
                            ServiceTicketStore tickets, IncentiveStore incentives, @Nullable AuditLog audit,
                            Transactions transactions, Clock clock, ZoneId zone) {
        return new DealImports(org, customers, deals, desk, tickets, incentives, audit(audit), transactions,
                clock.withZone(zone));
    }

    @Singleton
    IncentiveMonthly incentiveMonthly(BonusBook book, DealDesk desk, LtvBoard ltv, OrgStore org,
                                      CustomerStore customers, BusinessCalendar calendar,
                                      RecipientDirectory directory, PushOutbox outbox, PushLedger done) {
        return new IncentiveMonthly(book, desk, ltv, org, customers, calendar, directory, outbox, done);
    }

    @Singleton
    DealDemo dealDemo(OrgStore org, CustomerStore customers, DealStore deals, DealDesk desk,
                      ServiceTicketStore tickets, IncentiveStore incentives, ZoneId zone) {
        return new DealDemo(org, customers, deals, desk, tickets, incentives, zone);
    }

    @Singleton
    @Order(500)
    DealFeature dealFeature(DialogStore dialogs, CustomerStore customers, OpportunityStore opportunities,
                            OrgStore org, DealDesk desk, RecipientDirectory directory, BusinessConfig config,
                            ChatSettings settings) {
        return new DealFeature(dialogs, customers, opportunities, org, desk, directory,
                config.thresholds().healthyDownPaymentRatio(), settings);
    }

    @Singleton
    @Order(600)
    BonusFeature bonusFeature(BonusBook book, LtvBoard ltv, IncentiveStore incentives, OrgStore org,
                              CustomerStore customers, @Nullable AuditLog audit, Clock clock, ZoneId zone) {
        return new BonusFeature(book, ltv, incentives, org, customers, audit(audit), clock.withZone(zone));
    }
}

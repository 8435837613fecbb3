package com.salesbot.bot.api;

import com.salesbot.core.capture.Absences;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.demo.DemoLoader;
import com.salesbot.core.importing.Imports;
import com.salesbot.core.importing.TouchIngestion;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.usecase.RecordTouch;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Core use cases behind the admin/ingestion API and the demo company. */
@Factory
public class ApiFactory {
    @Singleton
    Imports imports(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                    TargetStore targets, PaymentStore payments, BusinessConfig config, Transactions transactions,
                    Clock clock, ZoneId zone, Absences absences) {
        return new Imports(org, customers, leads, opportunities, targets, payments, config, transactions,
                clock.withZone(zone), absences);
    }

    @Singleton
    TouchIngestion touchIngestion(OrgStore org, CustomerStore customers, RecordTouch touches, Clock clock,
                                  ZoneId zone) {
        return new TouchIngestion(org, customers, touches, clock.withZone(zone));
    }

    @Singleton
    DemoLoader demoLoader(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                          TouchStore touches, TargetStore targets, PaymentStore payments,
                          ConversationStore conversations, Transactions transactions) {
        return new DemoLoader(org, customers, leads, opportunities, touches, targets, payments, conversations,
                transactions);
    }
}

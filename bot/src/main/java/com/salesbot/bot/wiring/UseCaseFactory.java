package com.salesbot.bot.wiring;

import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.SenderDirectory;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.tagging.GroupCustomers;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.usecase.EndSandboxCall;
import com.salesbot.core.usecase.IngestGroupMessage;
import com.salesbot.core.usecase.RecordTouch;
import com.salesbot.core.usecase.RelayComplianceHit;
import com.salesbot.core.usecase.RemindUntaggedTouches;
import com.salesbot.core.usecase.SendMorningDigestNow;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Core's use cases (com.salesbot.core.usecase) and the one outbox writer as beans. The controllers, schedules and
 * inbound handlers of bot only adapt requests to them.
 */
@Factory
public class UseCaseFactory {
    /** Every message the bot queues goes through this writer. */
    @Singleton
    OutboxWriter outboxWriter(OutboxStore outbox, OutboundCodec codec) {
        return new OutboxWriter(outbox, codec);
    }

    @Singleton
    SenderDirectory senderDirectory(OrgStore org) {
        return new SenderDirectory(org);
    }

    @Singleton
    GroupCustomers groupCustomers(KeyValueStore kv) {
        return new GroupCustomers(kv);
    }

    @Singleton
    RecordTouch recordTouch(TouchStore touches, ResultFeature results, OutboxWriter outbox,
                            Transactions transactions) {
        return new RecordTouch(touches, results, outbox, transactions);
    }

    @Singleton
    EndSandboxCall endSandboxCall(OrgStore org, CustomerStore customers, RecordTouch touches, Clock clock) {
        return new EndSandboxCall(org, customers, touches, clock);
    }

    @Singleton
    RemindUntaggedTouches remindUntaggedTouches(ResultFeature results, OutboxWriter outbox) {
        return new RemindUntaggedTouches(results, outbox);
    }

    @Singleton
    SendMorningDigestNow sendMorningDigestNow(DailyDigest digest, BusinessCalendar calendar, OutboxWriter outbox) {
        return new SendMorningDigestNow(digest, calendar, outbox);
    }

    /** Also the tagging pipeline's alerts port and the digest's source of compliance lines. */
    @Singleton
    RelayComplianceHit relayComplianceHit(OrgStore org, CustomerStore customers, RecipientDirectory directory,
                                          OutboxWriter outbox, CounterStore counters, KeyValueStore kv,
                                          BusinessCalendar calendar, Clock clock) {
        return new RelayComplianceHit(org, customers, directory, outbox, counters, kv, calendar, clock);
    }

    @Singleton
    IngestGroupMessage ingestGroupMessage(GroupCustomers groups, SenderDirectory senders, CustomerStore customers,
                                          IngestConversations ingest) {
        return new IngestGroupMessage(groups, senders, customers, ingest);
    }
}

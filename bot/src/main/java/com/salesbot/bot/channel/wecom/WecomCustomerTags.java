package com.salesbot.bot.channel.wecom;

import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.tagging.CustomerTagWriter;
import com.salesbot.core.tagging.OutboxCustomerTagWriter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * R16 write-back with WeCom configured: scenario tags become outbox rows ({@link OutboxCustomerTagWriter}) that the
 * WeCom sender turns into mark_tag calls in the corp tag group (wecom.tag-group, created once), retried with
 * backoff like any send.
 */
@Factory
@Requires(property = "wecom.corp-id")
public class WecomCustomerTags {
    @Singleton
    CustomerTagWriter wecomCustomerTagWriter(OutboxWriter outbox, OrgStore org, CustomerStore customers,
                                             Clock clock) {
        return new OutboxCustomerTagWriter(outbox, org, customers, clock);
    }
}

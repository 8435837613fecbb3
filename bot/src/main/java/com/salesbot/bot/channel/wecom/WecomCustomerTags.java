package com.salesbot.bot.channel.wecom;

import com.salesbot.adapters.wecom.tag.WecomCustomerTagWriter;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.tagging.CustomerTagWriter;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import me.chanjar.weixin.cp.api.WxCpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R16 write-back: scenario tags become WeCom customer tags (corp tag group 销售助手) on the customer's external
 * contact, as seen by the rep who talked to them. Customers without a WeCom external id are skipped.
 */
@Singleton
@Requires(property = "wecom.corp-id")
public class WecomCustomerTags implements CustomerTagWriter {
    private static final Logger LOG = LoggerFactory.getLogger(WecomCustomerTags.class);

    private final WecomCustomerTagWriter writer;
    private final OrgStore org;
    private final CustomerStore customers;

    public WecomCustomerTags(WxCpService cp, KeyValueStore kv, OrgStore org, CustomerStore customers,
                             @Value("${wecom.tag-group:销售助手}") String group) {
        this.writer = new WecomCustomerTagWriter(cp, kv, group);
        this.org = org;
        this.customers = customers;
    }

    @Override
    public void writeTags(String repId, String customerId, Collection<String> tags) {
        Optional<String> external = customers.find(customerId).map(Customer::wecomExternalUserId)
                .filter(id -> !id.isBlank());
        Optional<String> user = org.findRep(repId).map(Rep::wecomUserId).filter(id -> !id.isBlank());
        if (external.isEmpty() || user.isEmpty() || tags.isEmpty()) {
            return;
        }
        SendResult result = writer.markTags(user.get(), external.get(), tags);
        if (!(result instanceof SendResult.Sent)) {
            LOG.warn("WeCom customer tags for customer {} not written: {}", customerId, result);
        }
    }
}

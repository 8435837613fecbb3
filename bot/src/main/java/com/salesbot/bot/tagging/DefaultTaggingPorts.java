package com.salesbot.bot.tagging;

import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.CustomerTagWriter;
import com.salesbot.core.tagging.TaggingAlerts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-ins until the channel wiring provides real ones: alerts are logged (ids only, never message text), tag
 * write-back is skipped. Any bean of the same type replaces them.
 */
@Factory
public class DefaultTaggingPorts {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultTaggingPorts.class);

    @Singleton
    @Requires(missingBeans = TaggingAlerts.class)
    TaggingAlerts loggingAlerts() {
        return new TaggingAlerts() {
            @Override
            public void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit) {
                LOG.warn("compliance hit {} rep={} customer={} message={}", hit.kind(), repId, customerId,
                        clientMsgId);
            }

            @Override
            public void priceSensitiveStreak(String repId, int streakLength) {
                LOG.info("price-sensitive streak {} reached for rep={}", streakLength, repId);
            }
        };
    }

    @Singleton
    @Requires(missingBeans = CustomerTagWriter.class)
    CustomerTagWriter noWriteBack() {
        return new CustomerTagWriter() {
            @Override
            public void writeTags(String repId, String customerId, Collection<String> tags) {
                LOG.debug("no customer tag writer configured; {} tag(s) for customer={} not written back",
                        tags.size(), customerId);
            }
        };
    }
}

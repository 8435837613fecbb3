package com.salesbot.core.tagging;

import com.salesbot.core.port.KeyValueStore;
import java.time.Duration;
import java.util.Optional;

/**
 * Which customer a chat group belongs to (a 客户群), set by an admin (the bot's {@code PUT /api/groups/{conversationId}}).
 * Kept in the key-value store (Redis when configured) under a ten-year expiry, the longest the port offers.
 */
public final class GroupCustomers {
    static final Duration KEEP = Duration.ofDays(3650);
    private static final String PREFIX = "group-customer:";

    private final KeyValueStore store;

    public GroupCustomers(KeyValueStore store) {
        this.store = store;
    }

    public void link(String channel, String groupId, String customerId) {
        store.put(key(channel, groupId), customerId, KEEP);
    }

    public void unlink(String channel, String groupId) {
        store.delete(key(channel, groupId));
    }

    public Optional<String> customerOf(String channel, String groupId) {
        return groupId == null || groupId.isBlank() ? Optional.empty() : store.get(key(channel, groupId));
    }

    private static String key(String channel, String groupId) {
        return PREFIX + channel + ":" + groupId;
    }
}

package com.salesbot.core.chat;

import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who a platform id on a channel is: the WeCom userid, the DingTalk staff id, or the rep id itself in the sandbox.
 * The one place that maps a message's sender to a person (the reverse of {@link RecipientDirectory}); whether an
 * inactive person may act is the caller's decision.
 */
public final class SenderDirectory {
    private final OrgStore org;

    public SenderDirectory(OrgStore org) {
        this.org = org;
    }

    /**
     * The person behind each message's sender, as {@link #find} each, keyed by {@link #key}, with one query per
     * channel for the WeCom and DingTalk ids.
     */
    public Map<String, Optional<Rep>> findAll(List<InboundMessage> messages) {
        Map<String, Optional<Rep>> found = new HashMap<>();
        Set<String> wecom = new HashSet<>();
        Set<String> dingtalk = new HashSet<>();
        for (InboundMessage m : messages) {
            if (m.senderPlatformId() == null || m.channel() == null) {
                continue;
            }
            switch (m.channel()) {
                case "wecom" -> wecom.add(m.senderPlatformId());
                case "dingtalk" -> dingtalk.add(m.senderPlatformId());
                default -> found.put(key(m.channel(), m.senderPlatformId()), find(m.channel(), m.senderPlatformId()));
            }
        }
        Map<String, Rep> byWecom = wecom.isEmpty() ? Map.of() : org.findRepsByWecomUserIds(wecom);
        wecom.forEach(id -> found.put(key("wecom", id), Optional.ofNullable(byWecom.get(id))));
        Map<String, Rep> byDingtalk = dingtalk.isEmpty() ? Map.of() : org.findRepsByDingtalkStaffIds(dingtalk);
        dingtalk.forEach(id -> found.put(key("dingtalk", id), Optional.ofNullable(byDingtalk.get(id))));
        return found;
    }

    /** The key of a sender in {@link #findAll}'s answer. */
    public static String key(String channel, String platformId) {
        return channel + "\u001f" + platformId;
    }

    /** The person, active or not; empty for an unknown id, a missing id or an unknown channel. */
    public Optional<Rep> find(String channel, String platformId) {
        if (channel == null || platformId == null) {
            return Optional.empty();
        }
        return switch (channel) {
            case "wecom" -> org.findRepByWecomUserId(platformId);
            case "dingtalk" -> org.findRepByDingtalkStaffId(platformId);
            case "sandbox" -> org.findRep(platformId);
            default -> Optional.empty();
        };
    }
}

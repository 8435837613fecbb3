package com.salesbot.core.chat;

import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.util.Optional;

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

package com.salesbot.core.chat;

import com.salesbot.core.model.Require;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * How the engine talks, apart from the business thresholds.
 *
 * @param zone              business time zone (salesbot.zone)
 * @param botIds            "channel:platformId" of the bot's own accounts, whose messages are ignored
 * @param pushChannels      channels tried in order for messages the bot starts (wecom, dingtalk, sandbox)
 * @param resultPromptTtl   how long an R2 result card stays answerable
 * @param noteTtl           how long the bot waits for the optional note after a result tag
 * @param formTtl           how long a half-filled lead form or check-in waits
 * @param applicationNoteTtl how long an R19 application note stays requested
 * @param recentCustomers   customers offered when checking in
 * @param recentDays        how far back "recent customers" looks
 */
public record ChatSettings(ZoneId zone, Set<String> botIds, List<String> pushChannels, Duration resultPromptTtl,
                           Duration noteTtl, Duration formTtl, Duration applicationNoteTtl, int recentCustomers,
                           int recentDays) {
    public ChatSettings {
        Require.present(zone, "zone");
        botIds = Set.copyOf(botIds);
        pushChannels = List.copyOf(pushChannels);
        Require.present(resultPromptTtl, "resultPromptTtl");
        Require.present(noteTtl, "noteTtl");
        Require.present(formTtl, "formTtl");
        Require.present(applicationNoteTtl, "applicationNoteTtl");
    }

    public static ChatSettings defaults() {
        return new ChatSettings(ZoneId.of("Asia/Shanghai"), Set.of(), List.of("wecom", "dingtalk", "sandbox"),
                Duration.ofDays(3), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(30), 6, 30);
    }

    public ChatSettings withBotIds(Set<String> ids) {
        return new ChatSettings(zone, ids, pushChannels, resultPromptTtl, noteTtl, formTtl, applicationNoteTtl,
                recentCustomers, recentDays);
    }
}

package com.salesbot.bot.archive;

import com.salesbot.adapters.wecom.archive.MsgAuditSettings;
import com.salesbot.adapters.wecom.archive.WxJavaConversationArchive;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.archive.ArchivePull;
import com.salesbot.core.archive.ConversationArchive;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.tagging.IngestConversations;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The WeCom conversation archive (会话内容存档), only when wecom.msgaudit.lib-path is set and the native library is
 * there. Pulled records feed the tagging bean of {@code TaggingFactory}. Bad settings (no secret, unreadable key)
 * stop start-up naming the property; a missing library only turns archive pulling off.
 */
@Factory
@Requires(property = ArchiveLibraryUsable.LIB_PATH)
@Requires(condition = ArchiveLibraryUsable.class)
public class ArchiveFactory {
    @Singleton
    MsgAuditSettings msgAuditSettings(@Value("${wecom.corp-id:}") String corpId,
                                      @Value("${wecom.msgaudit.secret:}") String secret,
                                      @Value("${wecom.msgaudit.private-key:}") String privateKey,
                                      @Value("${wecom.msgaudit.lib-path}") String libPath,
                                      @Nullable @Value("${wecom.msgaudit.proxy:}") String proxy,
                                      @Nullable @Value("${wecom.msgaudit.proxy-password:}") String proxyPassword,
                                      @Value("${wecom.msgaudit.timeout-seconds:10}") int timeoutSeconds) {
        try {
            return new MsgAuditSettings(corpId, secret, privateKey, libPath, proxy, proxyPassword, timeoutSeconds);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("wecom.msgaudit", e.getMessage());
        }
    }

    @Singleton
    ConversationArchive conversationArchive(MsgAuditSettings settings) {
        return WxJavaConversationArchive.create(settings);
    }

    @Singleton
    ArchivePull archivePull(ConversationArchive archive, KeyValueStore kv, OrgStore org, CustomerStore customers,
                            IngestConversations ingest,
                            @Value("${wecom.msgaudit.batch-size:100}") int batchSize) {
        if (batchSize < 1 || batchSize > ArchivePull.MAX_BATCH) {
            throw new InvalidSettingException("wecom.msgaudit.batch-size",
                    "must be 1.." + ArchivePull.MAX_BATCH + ", is " + batchSize);
        }
        return new ArchivePull(archive, kv, org, customers, ingest, batchSize);
    }
}

package com.salesbot.adapters.wecom.archive;

import com.salesbot.core.archive.ArchiveBatch;
import com.salesbot.core.archive.ArchiveException;
import com.salesbot.core.archive.ArchivedMessage;
import com.salesbot.core.archive.ConversationArchive;
import com.tencent.wework.Finance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpMsgAuditService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatDatas;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WeCom conversation archive through WxJava 4.7.3.B and Tencent's native Finance SDK; the only class that
 * touches {@code com.tencent.wework.Finance}. SDK-handle rules of that version (checked against its bytecode):
 * <ul>
 *   <li>{@code getChatDatas} creates a handle on every call and returns it; on its own failures it has already
 *       destroyed it and throws, so there is nothing to free;</li>
 *   <li>{@code getChatPlainText} destroys the handle itself when the native decrypt fails and then throws a
 *       {@link WxErrorException}; its other {@code WxErrorException}s (missing key, missing pkcs flag) cannot
 *       happen here because the settings guarantee both. Any other exception (RSA decryption of the random key)
 *       leaves the handle alive;</li>
 *   <li>a destroyed handle must never be used again (SIGSEGV), so the loop stops at the first error and the
 *       handle is destroyed in {@code finally} only when WxJava has not done it already.</li>
 * </ul>
 * Records decrypted before an error are handed over; the next pull starts again at the one that failed.
 */
public final class WxJavaConversationArchive implements ConversationArchive {
    private static final Logger LOG = LoggerFactory.getLogger(WxJavaConversationArchive.class);

    private final WxCpMsgAuditService service;
    private final MsgAuditSettings settings;
    private final LongConsumer destroySdk;
    private final int pkcs1;

    WxJavaConversationArchive(WxCpMsgAuditService service, MsgAuditSettings settings, LongConsumer destroySdk) {
        this.service = service;
        this.settings = settings;
        this.destroySdk = destroySdk;
        this.pkcs1 = settings.keyKind().wxJavaFlag();
    }

    /** A WxJava service of its own, whose corp secret is the archive secret (also used by the HTTP msgaudit APIs). */
    public static WxJavaConversationArchive create(MsgAuditSettings settings) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(settings.corpId());
        config.setCorpSecret(settings.secret());
        config.setMsgAuditSecret(settings.secret());
        config.setMsgAuditPriKey(settings.privateKeyPem());
        config.setMsgAuditLibPath(settings.libPath());
        WxCpServiceImpl cp = new WxCpServiceImpl();
        cp.setWxCpConfigStorage(config);
        return new WxJavaConversationArchive(cp.getMsgAuditService(), settings, Finance::DestroySdk);
    }

    @Override
    public ArchiveBatch pull(long afterSeq, int limit) {
        WxCpChatDatas datas = fetch(afterSeq, limit);
        List<WxCpChatDatas.WxCpChatData> encrypted = datas.getChatData() == null ? List.of() : datas.getChatData();
        Long sdk = datas.getSdk();
        if (sdk == null) {
            throw new ArchiveException("WeCom archive pull returned no SDK handle");
        }
        List<ArchivedMessage> out = new ArrayList<>(encrypted.size());
        long next = afterSeq;
        boolean handleDestroyed = false;
        try {
            for (WxCpChatDatas.WxCpChatData c : encrypted) {
                String plain;
                try {
                    plain = service.getChatPlainText(sdk, c, pkcs1);
                } catch (WxErrorException e) {
                    handleDestroyed = true;
                    return stoppedAt(c, out, next, e);
                } catch (Exception e) {
                    return stoppedAt(c, out, next, e);
                }
                out.add(ChatRecords.fromPlainText(c.getSeq(), plain));
                next = Math.max(next, c.getSeq());
            }
            return new ArchiveBatch(out, next, encrypted.size() >= limit);
        } finally {
            if (!handleDestroyed) {
                destroySdk.accept(sdk);
            }
        }
    }

    private WxCpChatDatas fetch(long afterSeq, int limit) {
        try {
            return service.getChatDatas(afterSeq, limit, settings.proxy(), settings.proxyPassword(),
                    settings.timeoutSeconds());
        } catch (LinkageError e) {
            throw new ArchiveException("the WeCom Finance SDK library could not be loaded: " + e.getClass()
                    .getSimpleName());
        } catch (Exception e) {
            throw new ArchiveException("WeCom archive pull after seq " + afterSeq + " failed: " + reason(e));
        }
    }

    private ArchiveBatch stoppedAt(WxCpChatDatas.WxCpChatData failed, List<ArchivedMessage> done, long next,
                                   Exception e) {
        if (done.isEmpty()) {
            throw new ArchiveException("WeCom archive record seq " + failed.getSeq() + " could not be decrypted: "
                    + reason(e));
        }
        LOG.warn("WeCom archive: stopped at seq {} ({}); {} record(s) before it are handed over, the rest is "
                + "pulled again next time", failed.getSeq(), reason(e), done.size());
        return new ArchiveBatch(done, next, true);
    }

    /** WxJava's messages carry error codes, never secrets; the exception type alone for anything else. */
    private static String reason(Exception e) {
        return e instanceof WxErrorException ? e.getMessage() : e.getClass().getSimpleName();
    }
}

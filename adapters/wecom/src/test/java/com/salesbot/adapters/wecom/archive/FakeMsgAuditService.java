package com.salesbot.adapters.wecom.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import me.chanjar.weixin.cp.api.WxCpMsgAuditService;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpAgreeInfo;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatDatas;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatModel;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpCheckAgreeRequest;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpGroupChat;

/**
 * Stands in for WxJava's service (which needs the native library): hands out a handle per pull, returns canned
 * plaintext per seq, and throws what it is told for a seq. Records every call so tests can check the handle rules.
 */
final class FakeMsgAuditService implements WxCpMsgAuditService {
    static final long HANDLE = 4242L;

    final List<Long> seqs = new ArrayList<>();
    final Map<Long, String> plain = new HashMap<>();
    final Map<Long, Exception> failures = new HashMap<>();
    final List<Long> decrypted = new ArrayList<>();
    final List<Integer> pkcsFlags = new ArrayList<>();
    Exception pullFailure;
    Error pullError;
    String lastProxy;
    long lastTimeout;

    void text(long seq, String from, String to, String content) {
        seqs.add(seq);
        plain.put(seq, "{\"msgid\":\"m" + seq + "\",\"action\":\"send\",\"from\":\"" + from + "\",\"tolist\":[\"" + to
                + "\"],\"roomid\":\"\",\"msgtime\":" + (1_700_000_000_000L + seq) + ",\"msgtype\":\"text\","
                + "\"text\":{\"content\":\"" + content + "\"}}");
    }

    @Override
    public WxCpChatDatas getChatDatas(long seq, long limit, String proxy, String passwd, long timeout)
            throws Exception {
        lastProxy = proxy;
        lastTimeout = timeout;
        if (pullError != null) {
            throw pullError;
        }
        if (pullFailure != null) {
            throw pullFailure;
        }
        WxCpChatDatas datas = new WxCpChatDatas();
        datas.setErrCode(0);
        datas.setSdk(HANDLE);
        List<WxCpChatDatas.WxCpChatData> list = new ArrayList<>();
        seqs.stream().filter(s -> s > seq).limit(limit).forEach(s -> {
            WxCpChatDatas.WxCpChatData d = new WxCpChatDatas.WxCpChatData();
            d.setSeq(s);
            d.setMsgId("m" + s);
            d.setPublickeyVer(1);
            d.setEncryptRandomKey("rk");
            d.setEncryptChatMsg("enc");
            list.add(d);
        });
        datas.setChatData(list);
        return datas;
    }

    @Override
    public String getChatPlainText(long sdk, WxCpChatDatas.WxCpChatData chatData, Integer pkcs1) throws Exception {
        if (sdk != HANDLE) {
            throw new IllegalStateException("unknown handle " + sdk);
        }
        pkcsFlags.add(pkcs1);
        decrypted.add(chatData.getSeq());
        Exception e = failures.get(chatData.getSeq());
        if (e != null) {
            throw e;
        }
        return plain.get(chatData.getSeq());
    }

    @Override
    public WxCpChatModel getDecryptData(long sdk, WxCpChatDatas.WxCpChatData chatData, Integer pkcs1) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void getMediaFile(long sdk, String sdkfileid, String proxy, String passwd, long timeout, String path) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void getMediaFile(long sdk, String sdkfileid, String proxy, String passwd, long timeout,
                             Consumer<byte[]> action) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> getPermitUserList(Integer type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WxCpGroupChat getGroupChat(String roomid) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WxCpAgreeInfo checkSingleAgree(WxCpCheckAgreeRequest request) {
        throw new UnsupportedOperationException();
    }
}

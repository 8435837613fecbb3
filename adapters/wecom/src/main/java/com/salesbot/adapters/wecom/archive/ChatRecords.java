package com.salesbot.adapters.wecom.archive;

import com.salesbot.core.archive.ArchivedMessage;
import java.util.Arrays;
import java.util.List;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatModel;

/** Maps WxJava's decrypted chat model to the core record. Pure Java, no native code. */
public final class ChatRecords {
    private ChatRecords() {
    }

    /** Parses the decrypted plaintext JSON of one archive record. */
    public static ArchivedMessage fromPlainText(long seq, String plainJson) {
        return fromModel(seq, WxCpChatModel.fromJson(plainJson));
    }

    public static ArchivedMessage fromModel(long seq, WxCpChatModel m) {
        List<String> to = m.getTolist() == null ? List.of()
                : Arrays.stream(m.getTolist()).filter(s -> s != null && !s.isBlank()).toList();
        long time = m.getMsgTime() != null ? m.getMsgTime() : m.getTime() != null ? m.getTime() : 0L;
        String text = ArchivedMessage.TEXT.equals(m.getMsgType()) && m.getText() != null
                ? m.getText().getContent() : null;
        String from = m.getFrom() != null ? m.getFrom() : m.getUser();
        ArchivedMessage.SharedFile file = ArchivedMessage.FILE.equals(m.getMsgType()) && m.getFile() != null
                ? new ArchivedMessage.SharedFile(m.getFile().getFileName(), m.getFile().getMd5Sum()) : null;
        return new ArchivedMessage(seq, m.getMsgId(), from, to, blankToNull(m.getRoomId()), time, m.getMsgType(),
                text, file);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

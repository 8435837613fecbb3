package com.salesbot.core.archive;

import java.util.List;

/**
 * One decrypted record of the WeCom conversation archive (会话内容存档).
 *
 * @param seq     the archive's own sequence number; the next pull starts after it
 * @param msgId   WeCom msgid, unique per message; used as the client message id so re-reads are deduplicated
 * @param from    sender: an internal userid, or an external contact id starting with wm/wo
 * @param toList  receivers (for group chats every member), never null
 * @param roomId  group chat id, null or blank for one-to-one chats
 * @param msgTime epoch ms
 * @param msgType e.g. text, image, revoke; null for records without a message (e.g. switch)
 * @param text    the text content when msgType is text, otherwise null
 */
public record ArchivedMessage(long seq, String msgId, String from, List<String> toList, String roomId, long msgTime,
                             String msgType, String text) {
    public static final String TEXT = "text";

    public ArchivedMessage {
        toList = toList == null ? List.of() : List.copyOf(toList);
    }

    public boolean isText() {
        return TEXT.equals(msgType) && text != null && !text.isBlank();
    }

    public boolean inGroup() {
        return roomId != null && !roomId.isBlank();
    }
}

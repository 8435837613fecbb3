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
 * @param file    the file's name and the archive's md5sum when msgType is file, otherwise null
 */
public record ArchivedMessage(long seq, String msgId, String from, List<String> toList, String roomId, long msgTime,
                             String msgType, String text, SharedFile file) {
    public static final String TEXT = "text";
    public static final String FILE = "file";

    /** A file sent in the chat, as the archive describes it (the bytes are not fetched). */
    public record SharedFile(String fileName, String md5) {
    }

    public ArchivedMessage {
        toList = toList == null ? List.of() : List.copyOf(toList);
    }

    public ArchivedMessage(long seq, String msgId, String from, List<String> toList, String roomId, long msgTime,
                           String msgType, String text) {
        this(seq, msgId, from, toList, roomId, msgTime, msgType, text, null);
    }

    /** A file message with a name: R12 checks quote files by their md5sum. */
    public boolean isFile() {
        return FILE.equals(msgType) && file != null && file.fileName() != null && !file.fileName().isBlank();
    }

    public boolean isText() {
        return TEXT.equals(msgType) && text != null && !text.isBlank();
    }

    public boolean inGroup() {
        return roomId != null && !roomId.isBlank();
    }
}

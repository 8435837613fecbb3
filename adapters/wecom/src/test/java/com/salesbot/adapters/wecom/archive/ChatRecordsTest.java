package com.salesbot.adapters.wecom.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.archive.ArchivedMessage;
import org.junit.jupiter.api.Test;

/** Plaintext records shaped like the samples in WeCom's 会话内容存档 documentation (消息格式). */
class ChatRecordsTest {
    @Test
    void aTextMessage() {
        ArchivedMessage m = ChatRecords.fromPlainText(7, """
                {"msgid":"CAQQluDa4QUY0On2rYSAgAMgzPrShAE=","action":"send","from":"XuJinSheng",\
                "tolist":["icefog"],"roomid":"","msgtime":1547087894783,"msgtype":"text","text":{"content":"test"}}""");
        assertThat(m.seq()).isEqualTo(7);
        assertThat(m.msgId()).isEqualTo("CAQQluDa4QUY0On2rYSAgAMgzPrShAE=");
        assertThat(m.from()).isEqualTo("XuJinSheng");
        assertThat(m.toList()).containsExactly("icefog");
        assertThat(m.roomId()).isNull();
        assertThat(m.inGroup()).isFalse();
        assertThat(m.msgTime()).isEqualTo(1547087894783L);
        assertThat(m.msgType()).isEqualTo("text");
        assertThat(m.text()).isEqualTo("test");
        assertThat(m.isText()).isTrue();
    }

    @Test
    void anExternalContactsMessageInAGroup() {
        ArchivedMessage m = ChatRecords.fromPlainText(8, """
                {"msgid":"11930598857581605519_1603875608_external","action":"send",\
                "from":"wmUDlbCwAADo1uEBAOD_CsSSNDr3hDsg","tolist":["kenshin","wmUDlbCwAADo1uEBAOD_CsSSNDr3hDsg"],\
                "roomid":"wrUDlbCwAAJaBYBv7g1QN1YQ0pRcRiBg","msgtime":1603875608214,"msgtype":"text",\
                "text":{"content":"你们这套系统一年多少钱"}}""");
        assertThat(m.from()).startsWith("wm");
        assertThat(m.roomId()).isEqualTo("wrUDlbCwAAJaBYBv7g1QN1YQ0pRcRiBg");
        assertThat(m.inGroup()).isTrue();
        assertThat(m.toList()).hasSize(2);
        assertThat(m.text()).isEqualTo("你们这套系统一年多少钱");
    }

    @Test
    void anImageHasNoText() {
        ArchivedMessage m = ChatRecords.fromPlainText(9, """
                {"msgid":"CAQQvPnc4QUY0On2rYSAgAMgooLa0Q8=","action":"send","from":"XuJinSheng","tolist":["icefog"],\
                "roomid":"","msgtime":1547088051383,"msgtype":"image","image":{"md5sum":"50de8e5ae8ffe4f1df7a93841f71993a",\
                "filesize":70961,"sdkfileid":"CtYBMzA2OTAyMDEwMjA0NjMwNjcw"}}""");
        assertThat(m.msgType()).isEqualTo("image");
        assertThat(m.text()).isNull();
        assertThat(m.isText()).isFalse();
    }

    @Test
    void aRecallIsNotText() {
        ArchivedMessage m = ChatRecords.fromPlainText(10, """
                {"msgid":"15775510700152506326_1603875615","action":"recall","from":"kenshin",\
                "tolist":["wmUDlbCwAADo1uEBAOD_CsSSNDr3hDsg"],"roomid":"","msgtime":1603875615404,"msgtype":"revoke",\
                "revoke":{"pre_msgid":"14822339130656386894_1603875600"}}""");
        assertThat(m.msgType()).isEqualTo("revoke");
        assertThat(m.isText()).isFalse();
        assertThat(m.msgTime()).isEqualTo(1603875615404L);
    }

    @Test
    void aDeviceSwitchUsesTimeAndUserAndHasNoType() {
        ArchivedMessage m = ChatRecords.fromPlainText(11, """
                {"msgid":"125289002219525886280","action":"switch","time":1554119421840,"user":"XuJinSheng"}""");
        assertThat(m.msgType()).isNull();
        assertThat(m.isText()).isFalse();
        assertThat(m.msgTime()).isEqualTo(1554119421840L);
        assertThat(m.from()).isEqualTo("XuJinSheng");
        assertThat(m.toList()).isEmpty();
    }
}

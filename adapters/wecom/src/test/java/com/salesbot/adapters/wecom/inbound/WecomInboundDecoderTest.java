package com.salesbot.adapters.wecom.inbound;

import static com.salesbot.adapters.wecom.support.Vectors.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.core.messaging.CallbackVerification;
import com.salesbot.adapters.wecom.callback.WecomCallbackVerifier;
import com.salesbot.adapters.wecom.support.TestCrypto;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WecomInboundDecoderTest {
    private final WecomInboundDecoder decoder = new WecomInboundDecoder();

    @Test
    void channelIsWecom() {
        assertThat(decoder.channel()).isEqualTo("wecom");
    }

    @Test
    void officialTextMessageFromVectorA() {
        InboundMessage m = decoder.decode(A_PLAIN);
        assertThat(m).isEqualTo(new InboundMessage("wecom", "4561255354251345929", "mycreate", InboundKind.TEXT,
                "hello", null, null, List.of(), null, null, false, 1409659813000L));
    }

    @Test
    void textIsTrimmed() {
        InboundMessage m = decoder.decode(B_PLAIN.replace("<Content>你好</Content>", "<Content>  目标 \n</Content>"));
        assertThat(m.text()).isEqualTo("目标");
        assertThat(m.senderPlatformId()).isEqualTo("ChenJiaShun");
    }

    @Test
    void vectorD_cardClickEndToEndThroughTheVerifier() {
        var verifier = new WecomCallbackVerifier(new WecomSettings(A_CORP, 218, "s", A_TOKEN, A_KEY, null),
                Clock.fixed(Instant.ofEpochSecond(Long.parseLong(D_TS)), ZoneOffset.UTC));
        var ok = (CallbackVerification.Accepted) verifier.verifyMessage(D_SIG, D_TS, D_NONCE, TestCrypto.body(A_CORP, D_ENCRYPT, "218"));
        InboundMessage m = decoder.decode(ok.payload());
        assertThat(m.kind()).isEqualTo(InboundKind.CARD_ACTION);
        assertThat(m.eventId()).isEqualTo(ok.eventId());
        assertThat(m.senderPlatformId()).isEqualTo("rep001");
        assertThat(m.promptId()).isEqualTo("visit-42");
        assertThat(m.actionKey()).isEqualTo("visit_tag_deal");
        assertThat(m.responseCode()).isEqualTo("RC_abc");
        assertThat(m.selected()).isEmpty();
        assertThat(m.text()).isNull();
    }

    @Test
    void vectorE_selectedItemsBecomeOptionIds() {
        InboundMessage m = decoder.decode(E_PLAIN);
        assertThat(m.kind()).isEqualTo(InboundKind.CARD_ACTION);
        assertThat(m.promptId()).isEqualTo("taskid111");
        assertThat(m.actionKey()).isEqualTo("key111");
        assertThat(m.responseCode()).isEqualTo("ResponseCode");
        assertThat(m.selected()).containsExactly("OptionId1", "OptionId2", "OptionId3", "OptionId4");
        assertThat(m.senderPlatformId()).isEqualTo("FromUser");
        assertThat(m.receivedAt()).isEqualTo(123456789000L);
    }

    @Test
    void enterAgentIsEnterChat() {
        String xml = "<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[rep9]]></FromUserName>"
                + "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>1</AgentID></xml>";
        InboundMessage m = decoder.decode(xml);
        assertThat(m.kind()).isEqualTo(InboundKind.ENTER_CHAT);
        assertThat(m.senderPlatformId()).isEqualTo("rep9");
        assertThat(m.eventId()).startsWith("ev-");
    }

    @Test
    void otherMessagesAndEventsAreOther() {
        String image = A_PLAIN.replace("<MsgType><![CDATA[text]]></MsgType>", "<MsgType><![CDATA[image]]></MsgType>");
        String contact = "<xml><ToUserName>ww1</ToUserName><FromUserName>sys</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>change_external_contact</Event><ChangeType>add_external_contact</ChangeType>"
                + "<UserID>rep1</UserID><ExternalUserID>wmEXT</ExternalUserID></xml>";
        assertThat(decoder.decode(image).kind()).isEqualTo(InboundKind.OTHER);
        assertThat(decoder.decode(image).text()).isNull();
        assertThat(decoder.decode(contact).kind()).isEqualTo(InboundKind.OTHER);
    }

    @Test
    void payloadsThatAreNotWecomMessagesAreRefused() {
        assertThatThrownBy(() -> decoder.decode("{\"msgtype\":\"text\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode("<xml><Content>x</Content></xml>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode("<!DOCTYPE x [<!ENTITY a \"b\">]><xml><FromUserName>&a;</FromUserName></xml>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

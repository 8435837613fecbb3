package com.salesbot.adapters.wecom.inbound;

import static com.salesbot.adapters.wecom.support.Vectors.A_PLAIN;
import static com.salesbot.adapters.wecom.support.Vectors.B_PLAIN;
import static com.salesbot.adapters.wecom.support.Vectors.D_PLAIN;
import static com.salesbot.adapters.wecom.support.Vectors.E_PLAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.CardIds;
import com.salesbot.core.messaging.InboundMessage;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The StAX decoder reads the same values WxJava's XStream binding ({@link WxCpXmlMessage#fromXml}) reads, on the
 * official vectors and on messages with entities, CDATA splits, Chinese text and unknown fields.
 */
class WecomDecoderParityTest {
    private static final String ENTITIES = "<xml><ToUserName>ww1</ToUserName><FromUserName><![CDATA[rep&1]]></FromUserName>"
            + "<CreateTime>1700000123</CreateTime><MsgType>text</MsgType>"
            + "<Content>客户 A &amp; B &lt;重点&gt; <![CDATA[明天 ]]>跟进</Content><MsgId>777</MsgId>"
            + "<Unknown><Nested>x</Nested></Unknown><AgentID>5</AgentID></xml>";
    private static final String CARD_WITH_SELECTIONS = "<xml><ToUserName>ww1</ToUserName><FromUserName>rep2</FromUserName>"
            + "<CreateTime>1700000200</CreateTime><MsgType>event</MsgType><Event>template_card_event</Event>"
            + "<EventKey>submit</EventKey><TaskId>p-9.s-3</TaskId><CardType>multiple_interaction</CardType>"
            + "<ResponseCode>rc9</ResponseCode><AgentID>5</AgentID><SelectedItems>"
            + "<SelectedItem><QuestionKey>q1</QuestionKey><OptionIds><OptionId>a</OptionId></OptionIds></SelectedItem>"
            + "<SelectedItem><QuestionKey>q2</QuestionKey><OptionIds><OptionId>b</OptionId><OptionId>c</OptionId>"
            + "</OptionIds></SelectedItem></SelectedItems></xml>";

    private final WecomInboundDecoder decoder = new WecomInboundDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"A", "B", "D", "E", "ENTITIES", "CARD_WITH_SELECTIONS"})
    void readsWhatWxJavaReads(String name) {
        String xml = switch (name) {
            case "A" -> A_PLAIN;
            case "B" -> B_PLAIN;
            case "D" -> D_PLAIN;
            case "E" -> E_PLAIN;
            case "ENTITIES" -> ENTITIES;
            default -> CARD_WITH_SELECTIONS;
        };
        WxCpXmlMessage x = WxCpXmlMessage.fromXml(xml, null);
        InboundMessage m = decoder.decode(xml);

        assertThat(m.senderPlatformId()).isEqualTo(x.getFromUserName());
        assertThat(m.receivedAt()).isEqualTo(x.getCreateTime() * 1000);
        if ("text".equals(x.getMsgType())) {
            assertThat(m.text()).isEqualTo(x.getContent().trim());
        } else {
            assertThat(m.text()).isNull();
        }
        if ("template_card_event".equals(x.getEvent())) {
            assertThat(m.promptId()).isEqualTo(CardIds.promptIdOf(x.getTaskId()));
            assertThat(m.actionKey()).isEqualTo(x.getEventKey());
            assertThat(m.responseCode()).isEqualTo(x.getResponseCode());
            assertThat(m.selected()).isEqualTo(optionIds(x));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENTITIES", "CARD_WITH_SELECTIONS"})
    void theHandWrittenCasesAreNotTrivial(String name) {
        InboundMessage m = decoder.decode(name.equals("ENTITIES") ? ENTITIES : CARD_WITH_SELECTIONS);
        if (name.equals("ENTITIES")) {
            assertThat(m.text()).isEqualTo("客户 A & B <重点> 明天 跟进");
            assertThat(m.senderPlatformId()).isEqualTo("rep&1");
        } else {
            assertThat(m.selected()).containsExactly("a", "b", "c");
        }
    }

    private static List<String> optionIds(WxCpXmlMessage x) {
        List<String> ids = new ArrayList<>();
        if (x.getSelectedItems() != null) {
            for (WxCpXmlMessage.SelectedItem item : x.getSelectedItems()) {
                if (item.getOptionIds() != null) {
                    ids.addAll(item.getOptionIds());
                }
            }
        }
        return ids;
    }
}

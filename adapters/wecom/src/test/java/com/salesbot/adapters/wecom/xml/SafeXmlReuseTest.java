package com.salesbot.adapters.wecom.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each thread's StAX reader is handed out again after it is closed: nothing of one message may reach the next. */
class SafeXmlReuseTest {
    private static final String CARD_EVENT = "<xml><FromUserName><![CDATA[rep001]]></FromUserName>"
            + "<MsgType><![CDATA[event]]></MsgType><SelectedItems><SelectedItem><QuestionKey>q</QuestionKey>"
            + "<OptionIds><OptionId>won</OptionId><OptionId>next</OptionId></OptionIds></SelectedItem>"
            + "</SelectedItems></xml>";

    @Test
    void aReaderReusedAfterMalformedInputReadsTheNextMessageWhole() {
        assertThat(SafeXml.read(CARD_EVENT).optionIds()).containsExactly("won", "next");
        assertThatThrownBy(() -> SafeXml.read("<xml><Content>半截消息<Content></xml>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed XML");
        assertThatThrownBy(() -> SafeXml.read("<xml><A>1</A>")).isInstanceOf(IllegalArgumentException.class);

        SafeXml.Parsed next = SafeXml.read("<xml><FromUserName><![CDATA[rep002]]></FromUserName>"
                + "<Content><![CDATA[你好]]></Content></xml>");
        assertThat(next.fields()).containsExactly(Map.entry("FromUserName", "rep002"), Map.entry("Content", "你好"));
        assertThat(next.optionIds()).isEmpty();
        assertThat(SafeXml.read(CARD_EVENT).optionIds()).containsExactly("won", "next");
    }

    @Test
    void messagesOnManyThreadsEachGetTheirOwnFields() throws Exception {
        Thread[] threads = new Thread[4];
        String[] seen = new String[threads.length * 200];
        for (int t = 0; t < threads.length; t++) {
            int first = t * 200;
            threads[t] = new Thread(() -> {
                for (int i = first; i < first + 200; i++) {
                    seen[i] = SafeXml.rootFields("<xml><MsgId>" + i + "</MsgId></xml>").get("MsgId");
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (int i = 0; i < seen.length; i++) {
            assertThat(seen[i]).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void doctypeAndEntityAreFoundInAnyCaseAndCdataIsNotMistakenForThem() {
        assertThat(SafeXml.declaresDoctype("<?xml version=\"1.0\"?><!doctype x><xml/>")).isTrue();
        assertThat(SafeXml.declaresDoctype("<xml><!EnTiTy x \"y\"></xml>")).isTrue();
        assertThat(SafeXml.declaresDoctype("<xml><A><![CDATA[<b>]]></A><!-- c --></xml>")).isFalse();
        assertThat(SafeXml.declaresDoctype("<xml><A>DOCTYPE ENTITY</A></xml>")).isFalse();
        assertThatThrownBy(() -> SafeXml.read("<!DocType xml [<!ENTITY a \"b\">]><xml>&a;</xml>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }
}

package com.salesbot.bot.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.messaging.Outgoing;
import io.micronaut.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOutboundCodecTest {
    private final JsonOutboundCodec codec = new JsonOutboundCodec(JsonMapper.createDefault());

    @Test
    void textRoundTrips() {
        Outgoing o = Outgoing.send("wecom", "zhangsan", new TextMessage("你好 😀"));
        assertThat(codec.decode(codec.encode(o))).isEqualTo(o);
    }

    @Test
    void customerTagWriteBackRoundTrips() {
        Outgoing o = Outgoing.send("wecom", "zhangsan",
                new com.salesbot.core.card.CustomerTagUpdate("wmEXT1", List.of("询价", "续费")));
        assertThat(codec.decode(codec.encode(o))).isEqualTo(o);
        assertThat(codec.encode(o)).contains("\"type\":\"customer_tags\"");
    }

    @Test
    void aFileMessageRoundTripsAsAReferenceWithoutItsBytes() {
        Outgoing o = Outgoing.send("wecom", "zhangsan", new com.salesbot.core.card.FileMessage(
                "报价单-BJ-20261203-001.pdf", "quote:BJ-20261203-001", "报价单 PDF：https://bot.example.com/f/1"));
        assertThat(codec.decode(codec.encode(o))).isEqualTo(o);
        assertThat(codec.encode(o)).contains("\"type\":\"file\"", "\"ref\":\"quote:BJ-20261203-001\"")
                .hasSizeLessThan(300);
    }

    @Test
    void cardUpdateWithImageRoundTrips() {
        Card card = new Card("目标健康度", Tone.DANGER, List.of("储备不足"),
                List.of(new CardField("完成率", "62%", true)), new CardImage("t.png", new byte[] {1, 2, 3}, "图"),
                List.of(new CardButton("tag:demo", "已预约演示", true)), "touch-42", null);
        Outgoing o = Outgoing.updateCard("dingtalk", "s1", card, "touch-42", "RC1");
        Outgoing back = codec.decode(codec.encode(o));
        assertThat(back.isCardUpdate()).isTrue();
        assertThat(back.responseCode()).isEqualTo("RC1");
        Card c = (Card) back.message();
        assertThat(c.image().png()).containsExactly(1, 2, 3);
        assertThat(c.tone()).isEqualTo(Tone.DANGER);
        assertThat(c.fields()).isEqualTo(card.fields());
        assertThat(c.buttons()).isEqualTo(card.buttons());
        assertThat(c.lines()).isEqualTo(card.lines());
        assertThat(c.promptId()).isEqualTo("touch-42");
    }

    @Test
    void unreadablePayloadIsAnIllegalArgument() {
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode("{\"channel\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}

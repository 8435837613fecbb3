package com.salesbot.adapters.dingtalk.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapters.dingtalk.Payloads;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DingtalkInboundDecoderTest {
    private static final long NOW = 1_790_000_000_000L;
    private final DingtalkInboundDecoder decoder =
            new DingtalkInboundDecoder(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

    @Test
    void singleChatTextBecomesTrimmedText() {
        InboundMessage message = decoder.decode(Payloads.read("robot-text-single.json"));

        assertThat(message).isEqualTo(new InboundMessage("dingtalk", "msgBjXREkdlZkfTfrIiQomjAw==",
                "032615015535634423", InboundKind.TEXT, "你好", null, null, List.of(), null,
                "https://oapi.dingtalk.com/robot/sendBySession?session=3dc9a1", false, 1774080994334L));
        assertThat(decoder.channel()).isEqualTo("dingtalk");
    }

    @Test
    void groupChatTextLosesTheLeadingMentionAndIsMarkedGroup() {
        InboundMessage message = decoder.decode(Payloads.read("robot-text-group.json"));

        assertThat(message.text()).isEqualTo("我的目标");
        assertThat(message.groupChat()).isTrue();
        assertThat(message.senderPlatformId()).isEqualTo("rep002");
        assertThat(message.replyAddress()).isEqualTo("https://oapi.dingtalk.com/robot/sendBySession?session=group42");
        assertThat(message.eventId()).isEqualTo("msgGroup0001==");
        assertThat(message.groupId()).isEqualTo("cidGroup42==");
    }

    @Test
    void mentionsInsideTheTextAreKept() {
        assertThat(DingtalkInboundDecoder.stripMentions("  @助手 请提醒 @王五 跟进")).isEqualTo("请提醒 @王五 跟进");
        assertThat(DingtalkInboundDecoder.stripMentions("邮箱 a@b.com")).isEqualTo("邮箱 a@b.com");
    }

    @Test
    void richTextJoinsItsTextParts() {
        InboundMessage message = decoder.decode(Payloads.read("robot-richtext.json"));

        assertThat(message.kind()).isEqualTo(InboundKind.TEXT);
        assertThat(message.text()).isEqualTo("客户说预算未明确");
    }

    @Test
    void picturesAreOther() {
        InboundMessage message = decoder.decode(Payloads.read("robot-picture.json"));

        assertThat(message.kind()).isEqualTo(InboundKind.OTHER);
        assertThat(message.text()).isNull();
        assertThat(message.eventId()).isEqualTo("msgPicture01==");
    }

    @Test
    void cardClickCarriesPromptAndButtonKey() {
        String payload = Payloads.read("card-callback.json");
        InboundMessage message = decoder.decode(payload);

        assertThat(message.kind()).isEqualTo(InboundKind.CARD_ACTION);
        assertThat(message.promptId()).isEqualTo("visit-1");
        assertThat(message.actionKey()).isEqualTo("demo_booked");
        assertThat(message.senderPlatformId()).isEqualTo("rep001");
        assertThat(message.groupChat()).isFalse();
        assertThat(message.eventId()).isEqualTo(DingtalkEventIds.of(payload));
        assertThat(message.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void cardClickFallsBackToValueAndActionId() {
        InboundMessage message = decoder.decode(Payloads.read("card-callback-value.json"));

        assertThat(message.actionKey()).isEqualTo("budget_unknown");
        assertThat(message.promptId()).isEqualTo("visit-7");
        assertThat(message.groupChat()).isTrue();
    }

    @Test
    void cardSelectionsAreListed() {
        String payload = "{\"outTrackId\":\"p9\",\"userId\":\"rep1\",\"content\":"
                + "\"{\\\"cardPrivateData\\\":{\\\"actionIds\\\":[\\\"submit\\\"],\\\"params\\\":{\\\"selected\\\":[\\\"a\\\",\\\"b\\\"]}}}\"}";
        InboundMessage message = decoder.decode(payload);

        assertThat(message.actionKey()).isEqualTo("submit");
        assertThat(message.selected()).containsExactly("a", "b");
    }

    @Test
    void foreignPayloadsAreRefused() {
        assertThatThrownBy(() -> decoder.decode("{\"EventType\":\"check_url\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode("<xml/>")).isInstanceOf(IllegalArgumentException.class);
    }
}

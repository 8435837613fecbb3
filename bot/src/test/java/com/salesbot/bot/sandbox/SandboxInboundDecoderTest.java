package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

class SandboxInboundDecoderTest {
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final SandboxInboundDecoder decoder = new SandboxInboundDecoder(json);

    @Test
    void typedTextBecomesATextMessageFromTheRepId() throws Exception {
        String payload = json.writeValueAsString(SandboxPayload.text("r1", "sbx-1", "  目标 ", 1234L));
        InboundMessage m = decoder.decode(payload);
        assertThat(m.channel()).isEqualTo("sandbox");
        assertThat(m.kind()).isEqualTo(InboundKind.TEXT);
        assertThat(m.senderPlatformId()).isEqualTo("r1");
        assertThat(m.eventId()).isEqualTo("sbx-1");
        assertThat(m.text()).isEqualTo("目标");
        assertThat(m.receivedAt()).isEqualTo(1234L);
        assertThat(m.groupChat()).isFalse();
    }

    @Test
    void aTapBecomesACardActionWithPromptAndKey() throws Exception {
        String payload = json.writeValueAsString(SandboxPayload.action("r1", "sbx-2", "r-7", "tag:A", 5L));
        InboundMessage m = decoder.decode(payload);
        assertThat(m.kind()).isEqualTo(InboundKind.CARD_ACTION);
        assertThat(m.promptId()).isEqualTo("r-7");
        assertThat(m.actionKey()).isEqualTo("tag:A");
        assertThat(m.selected()).containsExactly("tag:A");
        assertThat(m.text()).isNull();
    }

    @Test
    void refusesPayloadsThatAreNotSandboxEvents() {
        assertThatThrownBy(() -> decoder.decode("<xml>wecom</xml>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"text\",\"eventId\":\"e\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as");
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"poke\",\"as\":\"r1\",\"eventId\":\"e\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poke");
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"action\",\"as\":\"r1\",\"eventId\":\"e\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promptId");
    }
}

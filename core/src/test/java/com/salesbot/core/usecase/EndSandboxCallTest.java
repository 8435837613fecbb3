package com.salesbot.core.usecase;

import static com.salesbot.core.testdata.RepBuilder.rep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.Transactions;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class EndSandboxCallTest {
    private final ChatHarness chat = new ChatHarness();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final OutboxWriter writer = new OutboxWriter(outbox, outbox);
    private final EndSandboxCall calls = new EndSandboxCall(chat.org, chat.customers,
            new RecordTouch(chat.touches, chat.engine.feature(ResultFeature.class), writer, Transactions.none()), chat.clock);
    private final RemindUntaggedTouches reminders = new RemindUntaggedTouches(chat.engine.feature(ResultFeature.class), writer);
    private final Rep r1 = chat.add(rep("r1").build());

    EndSandboxCallTest() {
        chat.customer("c1", "华东精密", "r1");
        chat.add(rep("gone").inactive().build());
    }

    @Test
    void theCallBecomesATouchAndItsResultCardIsQueued() {
        Touch touch = calls.end(new EndSandboxCall.Command("r1", "c1", 95));

        assertThat(touch.id()).isPositive();
        assertThat(touch.kind()).isEqualTo(TouchKind.CALL);
        assertThat(touch.startedAt()).isEqualTo(chat.clock.millis() - 95_000L);
        assertThat(touch.source()).isEqualTo("sandbox");
        assertThat(chat.touches.untaggedBefore(Long.MAX_VALUE)).extracting(Touch::id).containsExactly(touch.id());
        assertThat(outbox.rows.values()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("sandbox-touch:" + touch.id() + ":0");
            assertThat(row.recipient()).isEqualTo(r1.wecomUserId());
            assertThat(((Card) row.outbound().message()).promptId()).isNotBlank();
        });
    }

    @Test
    void aCallWithNoCustomerIsATouchToo() {
        Touch touch = calls.end(new EndSandboxCall.Command("r1", null, 30));

        assertThat(touch.customerId()).isNull();
        assertThat(outbox.rows).hasSize(1);
    }

    @Test
    void durationsFromZeroToOneDayAreAccepted() {
        assertThat(calls.end(new EndSandboxCall.Command("r1", "c1", 0)).durationSeconds()).isZero();
        assertThat(calls.end(new EndSandboxCall.Command("r1", "c1", EndSandboxCall.MAX_CALL_SECONDS))
                .durationSeconds()).isEqualTo(24 * 3600);
    }

    @Test
    void aNegativeOrLongerThanADayDurationIsRejectedAndNothingIsStored() {
        assertThatThrownBy(() -> calls.end(new EndSandboxCall.Command("r1", "c1", -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durationSeconds");
        assertThatThrownBy(() -> calls.end(new EndSandboxCall.Command("r1", "c1", 24 * 3600 + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durationSeconds");

        assertThat(chat.touches.untaggedBefore(Long.MAX_VALUE)).isEmpty();
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void anUnknownOrInactivePersonOrAnUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> calls.end(new EndSandboxCall.Command("nobody", "c1", 60)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> calls.end(new EndSandboxCall.Command("gone", "c1", 60)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("gone");
        assertThatThrownBy(() -> calls.end(new EndSandboxCall.Command("r1", "c-none", 60)))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("c-none");

        assertThat(chat.touches.untaggedBefore(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void anUntaggedCallIsRemindedAfterTheDelayOncePerReminder() {
        calls.end(new EndSandboxCall.Command("r1", "c1", 60));

        chat.advance(Duration.ofMinutes(29));
        assertThat(reminders.remind(new RemindUntaggedTouches.Command(chat.clock.millis()))).isZero();
        chat.advance(Duration.ofMinutes(1));
        assertThat(reminders.remind(new RemindUntaggedTouches.Command(chat.clock.millis()))).isEqualTo(1);
        assertThat(reminders.remind(new RemindUntaggedTouches.Command(chat.clock.millis()))).isZero();
        chat.advance(Duration.ofMinutes(30));
        assertThat(reminders.remind(new RemindUntaggedTouches.Command(chat.clock.millis()))).isEqualTo(1);

        assertThat(outbox.rows.values()).hasSize(3).allSatisfy(row ->
                assertThat(row.recipient()).isEqualTo(r1.wecomUserId()));
        assertThat(outbox.rows.values()).filteredOn(row -> row.key() == null).hasSize(2)
                .allSatisfy(row -> assertThat(((Card) row.outbound().message()).title()).startsWith("提醒"));
    }
}

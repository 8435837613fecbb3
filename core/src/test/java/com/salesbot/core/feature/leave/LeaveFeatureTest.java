package com.salesbot.core.feature.leave;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.capture.AbsenceBook;
import com.salesbot.core.capture.Absences;
import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeaveFeatureTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = MutableClock.startingAt("2026-12-03T02:00:00Z"); // Thursday 10:00 Shanghai
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger events = new AtomicInteger();
    private final ConversationEngine engine;
    private final Rep rep;
    private final Rep other;

    LeaveFeatureTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        rep = RepBuilder.rep("r1").build();
        other = RepBuilder.rep("r2").build();
        org.saveRep(rep);
        org.saveRep(other);
        AbsenceBook book = new AbsenceBook() {
            @Override
            public Optional<Absence> find(String repId, LocalDate from) {
                return org.absence(repId, from);
            }

            @Override
            public boolean remove(String repId, LocalDate from) {
                return org.removeAbsence(repId, from);
            }
        };
        Absences absences = new Absences(org, book, audit::add, BusinessCalendar.weekdays(ZONE),
                Transactions.none());
        DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:bot")), new ResolveSender(org)),
                List.of(new LeaveFeature(absences, dialogs, ZONE)), dialogs, clock);
    }

    private List<Outgoing> say(Rep who, String text) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), who.wecomUserId(),
                InboundKind.TEXT, text, null, null, null, null, null, false, clock.millis()));
    }

    private List<Outgoing> tap(Rep who, String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), who.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    @Test
    void aRangeIsRecordedConfirmedWithItsBusinessDaysAndCanBeUndone() {
        Card card = onlyCard(say(rep, "请假 12月8日到12月10日"));
        assertThat(card.title()).isEqualTo("已登记请假");
        assertThat(card.lines().get(0)).isEqualTo("12月8日（周二） 到 12月10日（周四），共 3 个工作日。");
        assertThat(org.absences(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)))
                .containsExactly(new Absence("r1", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 10)));

        Card undone = onlyCard(tap(rep, card.promptId(), keyOf(card, "撤销")));
        assertThat(undone.title()).isEqualTo("已撤销请假");
        assertThat(undone.promptId()).isEqualTo(card.promptId());
        assertThat(org.absences(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("absence.create", "absence.cancel");
        assertThat(audit).extracting(AuditEntry::channel).containsOnly("wecom");
    }

    @Test
    void tomorrowOnAFridayIsNoBusinessDayButStillRecorded() {
        clock.set(java.time.Instant.parse("2026-12-04T02:00:00Z")); // Friday
        Card card = onlyCard(say(rep, "请假 明天"));
        assertThat(card.lines().get(0)).isEqualTo("12月5日（周六），共 0 个工作日。");
    }

    @Test
    void badDatesGetAClearChineseReplyAndChangeNothing() {
        assertThat(onlyText(say(rep, "请假 2月30日"))).contains("不是一个有效的日期");
        assertThat(onlyText(say(rep, "请假 12月10日到12月8日"))).contains("结束日期早于开始日期");
        assertThat(onlyText(say(rep, "请假"))).contains("请告诉我请假的日期");
        assertThat(org.absences(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void someoneElseTappingTheUndoOfAnotherRepsLeaveChangesNothing() {
        Card card = onlyCard(say(rep, "请假 明天"));
        assertThat(onlyText(tap(other, card.promptId(), "undo"))).contains("不是发给你的");
        assertThat(org.absences(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4))).hasSize(1);
        assertThat(onlyCard(tap(rep, card.promptId(), "undo")).title()).isEqualTo("已撤销请假");
        assertThat(onlyText(tap(rep, card.promptId(), "undo"))).containsAnyOf("撤销过了", "过期");
    }
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly targets pushes, on the first business day of a quarter (a missed day is caught up on a later
 * business day of the quarter's first month, never after), each through {@link PushOutbox} so a run during quiet
 * hours waits until morning, and each once through the push ledger:
 * <ul>
 *   <li>R15 ({@code gap-plans:<closed quarter>}): the 客户成功部协同辅导计划 cards for the quarter that just closed.
 *   Every card's dedupe key ({@code gap-plan:<quarter>:<channel>:<recipient>:<repId>}, the same the admin API uses)
 *   makes a rerun or an API call for the same quarter send nothing twice.</li>
 *   <li>R13 ({@code voice-sample:<quarter>}): directors are reminded that the new quarter's customer-voice sample
 *   is ready for the third-party caller ({@code voice-sample:<quarter>:<directorId>}); nothing when the sample is
 *   empty.</li>
 * </ul>
 */
public final class QuarterlyTargetsPushes {
    private final GapCoaching coaching;
    private final VoiceSampleService voice;
    private final OrgStore org;
    private final PushOutbox outbox;
    private final PushLedger ledger;
    private final BusinessCalendar calendar;
    private final RecipientDirectory directory;

    public QuarterlyTargetsPushes(GapCoaching coaching, VoiceSampleService voice, OrgStore org, PushOutbox outbox,
                                  PushLedger ledger, BusinessCalendar calendar, RecipientDirectory directory) {
        this.coaching = coaching;
        this.voice = voice;
        this.org = org;
        this.outbox = outbox;
        this.ledger = ledger;
        this.calendar = calendar;
        this.directory = directory;
    }

    /** Queues what is due at {@code now}; returns the cards handed to the outbox. */
    public int tick(long now) {
        LocalDate today = calendar.dayOf(now);
        if (!due(today)) {
            return 0;
        }
        Quarter current = Quarter.of(today);
        int n = 0;
        String gapKey = "gap-plans:" + current.previous();
        if (!ledger.done(gapKey)) {
            n += send(current.previous(), now);
            ledger.markDone(gapKey);
        }
        String voiceKey = "voice-sample:" + current;
        if (!ledger.done(voiceKey)) {
            n += outbox.enqueue(voiceReminders(current), now);
            ledger.markDone(voiceKey);
        }
        return n;
    }

    /** Queues the R15 cards for {@code quarter} now (the scheduled run and {@code POST /api/capability-gaps}). */
    public int send(Quarter quarter, long now) {
        List<Outgoing> cards = coaching.cards(quarter, directory, now);
        return outbox.enqueue(cards, now);
    }

    List<Outgoing> voiceReminders(Quarter quarter) {
        List<VoiceSampleService.SampleRow> rows = voice.sample(quarter);
        if (rows.isEmpty()) {
            return List.of();
        }
        long reps = rows.stream().map(VoiceSampleService.SampleRow::repId).distinct().count();
        Card card = new Card("客户声音回访 · " + quarter, Tone.NORMAL, List.of(
                "本季度的客户声音抽样已生成: " + reps + " 位销售上季度成交的 " + rows.size() + " 位客户。",
                "请管理员导出 GET /api/voice-samples?quarter=" + quarter + " 交给第三方回访; 回访结果 (最认可的3个服务动作"
                        + " + 评分) 用 POST /api/voice-answers 导入, 计入能力雷达的「客户声音」。"),
                List.of(), null, List.of(), null, null);
        List<Outgoing> out = new ArrayList<>();
        for (Rep director : org.reps().stream().filter(DataScope::seesAll).toList()) {
            directory.to(director, card)
                    .ifPresent(r -> out.add(Outgoing.keyed("voice-sample:" + quarter + ":" + director.id(), r)));
        }
        return out;
    }

    /** The first business day of the quarter (its first day if the whole first month had none). */
    public LocalDate firstBusinessDay(Quarter quarter) {
        for (LocalDate d = quarter.firstDay(); d.isBefore(quarter.firstMonth().plusMonths(1).atDay(1));
             d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                return d;
            }
        }
        return quarter.firstDay();
    }

    /** From the quarter's first business day to the end of its first month, on business days. */
    boolean due(LocalDate today) {
        Quarter current = Quarter.of(today);
        return !today.isBefore(firstBusinessDay(current))
                && today.getMonth() == current.firstMonth().getMonth()
                && calendar.isBusinessDay(today);
    }
}

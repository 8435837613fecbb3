package com.salesbot.core.push;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.LowActivityAlert;
import com.salesbot.core.rules.activity.DailyTouchCounts;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.activity.LowActivityDetector;
import com.salesbot.core.rules.activity.SuddenZeroDetector;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.learning.PriceSensitiveStreak;
import com.salesbot.core.rules.learning.StreakStep;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Coaching content pushed when the data says so.
 * <ul>
 *   <li>R5 话术锦囊包: a rep whose low-activity streak ended yesterday gets the kits for the customer types they
 *   own, once per streak (key {@code kit:<repId>:<first day of the streak>}).</li>
 *   <li>R19 微课: the lead entry that completes a run of price-sensitive pain points triggers the micro-lesson and
 *   the application-note request, once per run (key {@code lesson:<repId>:<lessonId>:<lead id>}); entries older
 *   than the look-back are history, not news.</li>
 *   <li>Reminders: each business day after the request, until the note is written (key
 *   {@code lesson-reminder:<repId>:<day>}).</li>
 * </ul>
 */
public final class CoachingPushes {
    /** The micro-lesson of R19, 《高价值客户定价策略》. */
    public static final String PRICING_LESSON = "lesson-high-value-pricing";
    private static final int MAX_SNIPPETS = 6;

    private final OrgStore org;
    private final TouchStore touches;
    private final CustomerStore customers;
    private final LeadStore leads;
    private final BusinessCalendar calendar;
    private final LowActivityDetector lowActivity;
    private final SuddenZeroDetector suddenZero;
    private final EffectiveTouchRule effective;
    private final PriceSensitiveStreak priceStreak;
    private final PlaybookLibrary playbooks;
    private final ApplicationNotes notes;
    private final PushLedger ledger;
    private final RecipientDirectory directory;
    private final Duration lessonLookBack;
    private final QuietHours quiet;

    public CoachingPushes(OrgStore org, TouchStore touches, CustomerStore customers, LeadStore leads,
                          BusinessCalendar calendar, Thresholds thresholds, PlaybookLibrary playbooks,
                          ApplicationNotes notes, PushLedger ledger, RecipientDirectory directory,
                          Duration lessonLookBack, QuietHours quiet) {
        this.org = org;
        this.touches = touches;
        this.customers = customers;
        this.leads = leads;
        this.calendar = calendar;
        this.lowActivity = new LowActivityDetector(calendar, thresholds);
        this.suddenZero = new SuddenZeroDetector(calendar, thresholds);
        this.effective = new EffectiveTouchRule(thresholds);
        this.priceStreak = new PriceSensitiveStreak(thresholds);
        this.playbooks = playbooks;
        this.notes = notes;
        this.ledger = ledger;
        this.directory = directory;
        this.lessonLookBack = lessonLookBack;
        this.quiet = quiet;
    }

    /**
     * R5 kits on the morning of {@code day}, for streaks that ended on the previous business day; none for a rep on
     * leave that day or among a team's sudden zero of the previous business day (probably a tool problem).
     */
    public List<Outgoing> talkTrackKits(LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return List.of();
        }
        LocalDate yesterday = calendar.previousBusinessDay(day);
        List<LocalDate> window = lowActivity.window(yesterday);
        List<LocalDate> zeroWindow = suddenZero.window(yesterday);
        LocalDate first = window.get(0).isBefore(zeroWindow.get(0)) ? window.get(0) : zeroWindow.get(0);
        List<Touch> recent = touches.between(calendar.startOf(first), calendar.startOf(yesterday.plusDays(1)));
        DailyTouchCounts zeroCounts = DailyTouchCounts.tally(recent, zeroWindow, calendar, effective);
        var absences = org.absences(first, day);
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            List<Rep> members = org.repsOfTeam(team.id());
            List<String> heldBack = suddenZero.firing(members, absences, zeroCounts, yesterday)
                    .map(SuddenZeroDetector.SuddenZero::repIds).orElse(List.of());
            for (LowActivityAlert alert : lowActivity.firing(members, absences, recent, yesterday)) {
                Rep rep = members.stream().filter(r -> r.id().equals(alert.repId())).findFirst().orElseThrow();
                if (heldBack.contains(rep.id())
                        || absences.stream().anyMatch(a -> a.repId().equals(rep.id()) && a.covers(day))) {
                    continue; // probably a tool problem, or on leave today: no kit (R5)
                }
                String key = "kit:" + rep.id() + ":" + alert.streakDays().get(0);
                kitCard(rep, alert).flatMap(card -> directory.to(rep, card))
                        .ifPresent(reply -> out.add(Outgoing.keyed(key, reply)));
            }
        }
        return out;
    }

    private java.util.Optional<Card> kitCard(Rep rep, LowActivityAlert alert) {
        Set<String> types = customers.ofOwner(rep.id()).stream().map(Customer::type).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        List<Playbook> kits = playbooks.kitsFor(types);
        if (kits.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<CardField> fields = new ArrayList<>();
        for (Playbook kit : kits) {
            for (Playbook.Snippet s : kit.snippets()) {
                if (fields.size() < MAX_SNIPPETS) {
                    fields.add(new CardField(s.heading(), s.text(), false));
                }
            }
        }
        String typeText = types.isEmpty() ? "" : "（" + String.join("、", types) + "客户）";
        List<String> lines = List.of(
                "最近" + alert.streakDays().size() + "个工作日的有效触达比团队平均少一些，先别急，挑几段高转化话术试试" + typeText + "：",
                "用完觉得哪段好用，回复“打卡”时在备注里写一句，主管晨会会帮你复盘。");
        String title = "话术锦囊包 · " + kits.stream().map(Playbook::title).collect(Collectors.joining(" / "));
        return java.util.Optional.of(new Card(title, Tone.NORMAL, lines, fields, null, null, null, null));
    }

    /** R19 lessons for runs completed within the look-back before {@code now}; asks for the note once. */
    public List<Outgoing> microLessons(long now) {
        java.util.Optional<Playbook> lesson = playbooks.find(PRICING_LESSON);
        if (lesson.isEmpty()) {
            return List.of();
        }
        long since = now - lessonLookBack.toMillis();
        List<Outgoing> out = new ArrayList<>();
        for (Rep rep : SalesMembers.of(org.reps())) {
            List<Lead> entries = leads.ofOwner(rep.id()).stream()
                    .filter(l -> l.firstTouchAt() <= now)
                    .sorted(Comparator.comparingLong(Lead::firstTouchAt).thenComparingLong(Lead::id)).toList();
            int length = 0;
            for (Lead lead : entries) {
                StreakStep step = priceStreak.next(length, lead.painPoint() == null ? "" : lead.painPoint());
                length = step.length();
                if (step.fires() && lead.firstTouchAt() >= since) {
                    String key = "lesson:" + rep.id() + ":" + PRICING_LESSON + ":" + lead.id();
                    if (!ledger.done(key)) {
                        out.addAll(lessonPushes(rep, lesson.get(), key, now));
                    }
                }
            }
        }
        return out;
    }

    private List<Outgoing> lessonPushes(Rep rep, Playbook lesson, String key, long now) {
        List<Outgoing> out = new ArrayList<>();
        List<CardField> fields = lesson.snippets().stream()
                .map(s -> new CardField(s.heading(), s.text(), false)).toList();
        Card card = new Card("微课 · 《" + lesson.title() + "》", Tone.NORMAL,
                List.of("你最近连续录入的客户需求都是“价格敏感”。这节5分钟的微课讲怎么把价格谈成价值："), fields,
                null, null, null, null);
        directory.to(rep, card).ifPresent(reply -> out.add(Outgoing.keyed(key, reply)));
        if (out.isEmpty()) {
            return out;
        }
        List<com.salesbot.core.messaging.Outgoing> request = notes.request(rep, lesson.id(), lesson.title());
        for (int i = 0; i < request.size(); i++) {
            out.add(Outgoing.keyed(key + ":note" + (i == 0 ? "" : ":" + i), request.get(i)));
        }
        // the day the rep actually receives it: a lesson made in quiet hours arrives the next morning
        ledger.remember("lesson-asked:" + rep.id(), lesson.title() + "|" + calendar.dayOf(quiet.dueAt(now)));
        return out;
    }

    /** Reminders on business day {@code day} for notes asked on an earlier day and still not written. */
    public List<Outgoing> noteReminders(LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return List.of();
        }
        List<Outgoing> out = new ArrayList<>();
        for (Rep rep : SalesMembers.of(org.reps())) {
            var asked = ledger.recall("lesson-asked:" + rep.id());
            if (asked.isEmpty()) {
                continue;
            }
            String[] parts = asked.get().split("\\|", 2);
            if (!LocalDate.parse(parts[1]).isBefore(day) || !notes.pending(rep.id())) {
                continue;
            }
            TextMessage text = new TextMessage("提醒：《" + parts[0] + "》的应用笔记还没写哦。直接回复一段话，说说你准备在哪个客户身上怎么用，写完就不再提醒。");
            directory.to(rep, text).ifPresent(r -> out.add(Outgoing.keyed("lesson-reminder:" + rep.id() + ":" + day, r)));
        }
        return out;
    }

}

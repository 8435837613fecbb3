package com.salesbot.bench;

import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic org and 90 days of activity, generated from a fixed seed so every run measures the same data. */
final class RulesData {
    static final int TEAM_SIZE = 10;
    static final long DAY_MS = 86_400_000L;

    final LocalDate today;
    final List<Rep> reps = new ArrayList<>();
    final List<List<Rep>> teams = new ArrayList<>();
    final List<Touch> touches = new ArrayList<>();
    final List<Absence> absences = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    final List<Opportunity> opportunities = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    RulesData(int repCount, int days, BusinessCalendar calendar, LocalDate today, long seed) {
        this.today = today;
        Random random = new Random(seed);
        for (int i = 0; i < repCount; i++) {
            String team = "T" + (i / TEAM_SIZE);
            Rep rep = new Rep("R" + i, "销售" + i, team, Role.REP, null, null,
                    random.nextInt(50) == 0 ? today.minusDays(random.nextInt(10)) : LocalDate.of(2024, 1, 1), true);
            reps.add(rep);
            if (i % TEAM_SIZE == 0) {
                teams.add(new ArrayList<>());
            }
            teams.get(teams.size() - 1).add(rep);
            if (random.nextInt(20) == 0) {
                LocalDate from = today.minusDays(1 + random.nextInt(10));
                absences.add(new Absence(rep.id(), from, from.plusDays(random.nextInt(3))));
            }
        }
        long touchId = 1;
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            if (!calendar.isBusinessDay(day)) {
                continue;
            }
            long start = calendar.startOf(day) + 8 * 3_600_000L;
            for (Rep rep : reps) {
                int n = random.nextInt(9);
                String customer = "C-" + rep.id();
                for (int k = 0; k < n; k++) {
                    long at = start + random.nextInt(12 * 3_600_000);
                    int seconds = random.nextInt(600);
                    String tag = random.nextInt(6) == 0 ? null : "已预约演示";
                    touches.add(new Touch(touchId++, rep.id(), customer, TouchKind.CALL, at, seconds, tag, null,
                            tag == null ? 0 : at + seconds * 1000L, "bench", null));
                }
            }
        }
        // worst case for memory locality: touches in no particular order (a store returns them by time)
        java.util.Collections.shuffle(touches, random);
        long now = calendar.startOf(today);
        for (int i = 0; i < repCount * 10; i++) {
            Rep rep = reps.get(random.nextInt(repCount));
            long entered = now - (long) (random.nextDouble() * days * DAY_MS);
            leads.add(new Lead(i + 1, "C" + i, rep.id(), "展会", entered, "降本", "需求确认", entered,
                    random.nextBoolean() ? "展会" : null));
        }
        for (int i = 0; i < repCount * 5; i++) {
            Rep rep = reps.get(random.nextInt(repCount));
            long created = now - (long) (random.nextDouble() * days * DAY_MS);
            int state = random.nextInt(3);
            OpportunityStatus status = OpportunityStatus.values()[state];
            long closed = status == OpportunityStatus.OPEN ? 0 : Math.min(now - 1, created + random.nextInt(30) * DAY_MS);
            opportunities.add(new Opportunity("O" + i, "C" + random.nextInt(repCount * 10), rep.id(),
                    100_000 + random.nextInt(10_000_000), "商务谈判", random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), null, status, false, created, closed));
        }
        for (int i = 0; i < repCount * 5; i++) {
            Rep rep = reps.get(random.nextInt(repCount));
            payments.add(new Payment("P" + i, rep.id(), "C" + random.nextInt(repCount * 3), null,
                    100_000 + random.nextInt(5_000_000), now - (long) (random.nextDouble() * days * DAY_MS)));
        }
    }
}

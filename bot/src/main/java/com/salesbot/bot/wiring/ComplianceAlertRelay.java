package com.salesbot.bot.wiring;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.OutboxReplies;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.TaggingAlerts;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R12: a compliance hit alerts the rep's managers at once with the excerpt (through the outbox, deduplicated per
 * message), and is kept for the next morning's digest of the team.
 */
@Singleton
public class ComplianceAlertRelay implements TaggingAlerts, ComplianceAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceAlertRelay.class);
    private static final Duration KEEP = Duration.ofDays(14);

    private final OrgStore org;
    private final CustomerStore customers;
    private final OutboxStore outbox;
    private final OutboundCodec codec;
    private final RecipientDirectory directory;
    private final CounterStore counters;
    private final KeyValueStore kv;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public ComplianceAlertRelay(OrgStore org, CustomerStore customers, OutboxStore outbox, OutboundCodec codec,
                                RecipientDirectory directory, CounterStore counters, KeyValueStore kv,
                                BusinessCalendar calendar, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.outbox = outbox;
        this.codec = codec;
        this.directory = directory;
        this.counters = counters;
        this.kv = kv;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit) {
        Optional<Rep> rep = org.findRep(repId);
        if (rep.isEmpty() || rep.get().teamId() == null) {
            LOG.warn("compliance hit {} for unknown rep {} (message {})", hit.kind(), repId, clientMsgId);
            return;
        }
        String customer = customers.find(customerId).map(c -> c.name()).orElse(customerId);
        String line = rep.get().name() + " → " + customer + "：" + hit.kind().tag() + "「" + hit.excerpt() + "」";
        long now = clock.millis();
        String dayKey = "compliance:" + rep.get().teamId() + ":" + calendar.dayOf(now);
        long n = counters.increment(dayKey + ":count", 1, KEEP);
        kv.put(dayKey + ":" + n, line, KEEP);

        Card card = new Card("合规提醒", Tone.DANGER, List.of(line),
                List.of(new CardField("销售", rep.get().name(), false), new CardField("客户", customer, false),
                        new CardField("类型", hit.kind().tag(), true)),
                null, List.of(), null, null);
        for (Rep manager : org.repsOfTeam(rep.get().teamId())) {
            if (manager.role() != Role.MANAGER || !manager.active()) {
                continue;
            }
            Optional<Reply> reply = directory.to(manager, card);
            reply.ifPresent(r -> new OutboxReplies(outbox, codec).enqueue(r,
                    "compliance:" + clientMsgId + ":" + hit.kind() + ":" + manager.id(), now));
        }
    }

    @Override
    public void priceSensitiveStreak(String repId, int streakLength) {
        // The R19 micro-lesson is pushed by the coaching schedule (com.salesbot.core.push.CoachingPushes).
        LOG.info("price-sensitive streak {} reached for rep {}", streakLength, repId);
    }

    @Override
    public List<String> of(Team team, LocalDate day) {
        String dayKey = "compliance:" + team.id() + ":" + day;
        long n = counters.get(dayKey + ":count");
        List<String> lines = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            kv.get(dayKey + ":" + i).ifPresent(lines::add);
        }
        return lines;
    }
}

package com.salesbot.core.usecase;

import com.salesbot.core.scope.DataScope;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.TaggingAlerts;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * R12: a compliance hit in a rep's outgoing message alerts the rep's active managers at once with the excerpt
 * (through the outbox, one card per manager and message) unless the policy sends that kind to the digest only, and
 * is kept as one line of the team's day for the next
 * morning's digest ({@link ComplianceAlerts}, read by the digest). Lines are kept 14 days.
 *
 * <p>The tagging pipeline reports hits through {@link TaggingAlerts}; this class is that port's implementation.
 */
public final class RelayComplianceHit implements TaggingAlerts, ComplianceAlerts {
    private static final Logger LOG = Logger.getLogger(RelayComplianceHit.class.getName());
    static final Duration KEEP = Duration.ofDays(14);

    /** A hit in one stored message; {@code clientMsgId} makes the alert idempotent per message and hit kind. */
    public record Command(String repId, String customerId, String clientMsgId, ComplianceHit hit) {
    }

    private final OrgStore org;
    private final CustomerStore customers;
    private final RecipientDirectory directory;
    private final OutboxWriter outbox;
    private final CounterStore counters;
    private final KeyValueStore kv;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public RelayComplianceHit(OrgStore org, CustomerStore customers, RecipientDirectory directory,
                              OutboxWriter outbox, CounterStore counters, KeyValueStore kv, BusinessCalendar calendar,
                              Clock clock) {
        this.org = org;
        this.customers = customers;
        this.directory = directory;
        this.outbox = outbox;
        this.counters = counters;
        this.kv = kv;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Returns how many managers were alerted (0 for a rep who is unknown or in no team). */
    public int relay(Command command) {
        return relay(command, true);
    }

    /**
     * Keeps the digest line; alerts the managers only when {@code alertAtOnce} (policy "alert", not "digest").
     * Returns how many managers were alerted.
     */
    public int relay(Command command, boolean alertAtOnce) {
        ComplianceHit hit = command.hit();
        Optional<Rep> found = org.findRep(command.repId());
        if (found.isEmpty() || found.get().teamId() == null) {
            LOG.warning(() -> "compliance hit " + hit.kind() + " for unknown rep " + command.repId() + " (message "
                    + command.clientMsgId() + ")");
            return 0;
        }
        Rep rep = found.get();
        String customer = customers.find(command.customerId()).map(Customer::name).orElse(command.customerId());
        String line = rep.name() + " → " + customer + "：" + hit.kind().tag() + "「" + hit.excerpt() + "」";
        long now = clock.millis();
        String dayKey = dayKey(rep.teamId(), calendar.dayOf(now));
        long n = counters.increment(dayKey + ":count", 1, KEEP);
        kv.put(dayKey + ":" + n, line, KEEP);

        Card card = new Card("合规提醒", Tone.DANGER, List.of(line),
                List.of(new CardField("销售", rep.name(), false), new CardField("客户", customer, false),
                        new CardField("类型", hit.kind().tag(), true)),
                null, List.of(), null, null);
        int alerted = 0;
        if (!alertAtOnce) {
            return alerted;
        }
        for (Rep manager : DataScope.managersOf(rep.teamId(), org.repsOfTeam(rep.teamId()))) {
            var to = directory.to(manager, card);
            if (to.isPresent()) {
                outbox.enqueue(to.get().withDedupeKey(
                        "compliance:" + command.clientMsgId() + ":" + hit.kind() + ":" + manager.id()), now);
                alerted++;
            }
        }
        return alerted;
    }

    @Override
    public void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit) {
        relay(new Command(repId, customerId, clientMsgId, hit));
    }

    @Override
    public void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit,
                              boolean alertAtOnce) {
        relay(new Command(repId, customerId, clientMsgId, hit), alertAtOnce);
    }

    @Override
    public void priceSensitiveStreak(String repId, int streakLength) {
        // The R19 micro-lesson is pushed by the coaching schedule (com.salesbot.core.push.CoachingPushes).
        LOG.info(() -> "price-sensitive streak " + streakLength + " reached for rep " + repId);
    }

    /** The team's compliance lines of a day, in the order the hits arrived. */
    @Override
    public List<String> of(Team team, LocalDate day) {
        String dayKey = dayKey(team.id(), day);
        long n = counters.get(dayKey + ":count");
        List<String> lines = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            kv.get(dayKey + ":" + i).ifPresent(lines::add);
        }
        return lines;
    }

    private static String dayKey(String teamId, LocalDate day) {
        return "compliance:" + teamId + ":" + day;
    }
}

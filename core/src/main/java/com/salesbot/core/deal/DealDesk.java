package com.salesbot.core.deal;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.deal.DealHealth;
import com.salesbot.core.rules.deal.IndicatorResult;
import com.salesbot.core.rules.deal.RiskResult;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.scope.ScopeKind;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * R11 in use: a signed deal is recorded (import or chat), checked, and when a risk signal is raised it enters its
 * team manager's 待复核 queue and the manager gets a card with 通过 / 退回补充. Decisions are data-scoped (the
 * team's manager or a director) and audited.
 */
public final class DealDesk {
    /** Button keys on the review card: {@code deal-review:approve:<dealId>} and {@code deal-review:return:<dealId>}. */
    public static final String APPROVE = "deal-review:approve:";
    public static final String RETURN = "deal-review:return:";
    /** Prompt kind of review cards: their ids are {@code dr-...}. */
    public static final String REVIEW_KIND = "dr";
    /** How long a pushed review card stays answerable (the 待复核 list always works). */
    public static final Duration REVIEW_CARD_TTL = Duration.ofDays(30);

    private final DealStore deals;
    private final DealReviewStore reviews;
    private final OrgStore org;
    private final CustomerStore customers;
    private final DealAssessment assessment;
    private final AuditLog audit;
    private final RecipientDirectory directory;
    private final PushOutbox outbox;
    private final DialogStore dialogs;
    private final Clock clock;

    public DealDesk(DealStore deals, DealReviewStore reviews, OrgStore org, CustomerStore customers,
                    DealAssessment assessment, AuditLog audit, RecipientDirectory directory, PushOutbox outbox,
                    DialogStore dialogs, Clock clock) {
        this.deals = deals;
        this.reviews = reviews;
        this.org = org;
        this.customers = customers;
        this.assessment = assessment;
        this.audit = audit;
        this.directory = directory;
        this.outbox = outbox;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** What recording a deal led to. */
    public record Recorded(Deal deal, DealHealth health, boolean queued) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DealHealth assess(Deal deal) {
        return assessment.assess(deal, today());
    }

    /**
     * Saves the deal, checks it and queues it for review when risky (the manager's card goes to the outbox).
     * Call inside the caller's transaction; the audit entry is written with the change.
     */
    public Recorded record(Deal deal, String actorId, String channel) {
        long now = clock.millis();
        Optional<Deal> before = deals.find(deal.id());
        deals.save(deal);
        audit.record(new AuditEntry(actorId, before.isPresent() ? "deal.update" : "deal.create", "deal", deal.id(),
                before.map(DealDesk::describe).orElse(null), describe(deal), channel, now));
        DealHealth health = assess(deal);
        boolean queued = false;
        if (health.needsManualReview()) {
            Rep rep = org.findRep(deal.repId()).orElse(null);
            String reasons = health.raised().stream().map(RiskResult::reason).collect(Collectors.joining("\n"));
            queued = reviews.enqueue(new DealReview(deal.id(), deal.repId(), rep == null ? null : rep.teamId(),
                    ReviewStatus.PENDING, reasons, now, null, 0, null));
            if (queued) {
                notifyManagers(deal, rep, health, now);
            }
        }
        return new Recorded(deal, health, queued);
    }

    private void notifyManagers(Deal deal, Rep rep, DealHealth health, long now) {
        if (rep == null || rep.teamId() == null) {
            return;
        }
        List<Outgoing> pushes = new ArrayList<>();
        for (Rep manager : DataScope.managersOf(rep.teamId(), org.repsOfTeam(rep.teamId()))) {
            {
                String promptId = reviewPrompt(manager, deal.id(), REVIEW_CARD_TTL);
                directory.to(manager, reviewCard(deal, rep, health, promptId)).ifPresent(r -> pushes.add(
                        Outgoing.keyed("deal-review:" + deal.id() + ":" + now + ":" + manager.id(), r)));
            }
        }
        outbox.enqueue(pushes, now);
    }

    /** The card a reviewer sees for one deal: risks, unmet indicators, evidence, and the two taps. */
    public Card reviewCard(Deal deal, Rep rep, DealHealth health, String promptId) {
        List<String> lines = new ArrayList<>();
        for (RiskResult r : health.raised()) {
            lines.add("⚠ " + r.signal().label() + "：" + r.reason());
        }
        for (IndicatorResult i : health.unmet()) {
            lines.add("✗ " + i.indicator().label() + "：" + i.reason());
        }
        DealAssessment.evidence(deal).forEach(e -> lines.add("· " + e));
        List<CardField> fields = List.of(new CardField("销售", rep == null ? deal.repId() : rep.name(), false),
                new CardField("客户", customerName(deal.customerId()), false),
                new CardField("合同额", Formats.money(deal.amountFen()), false),
                new CardField("签约日期", deal.signedOn().toString(), false));
        return new Card("待复核：" + customerName(deal.customerId()) + " 签单", Tone.WARNING, lines, fields, null,
                List.of(new CardButton(APPROVE + deal.id(), "通过", true),
                        new CardButton(RETURN + deal.id(), "退回补充", false)), promptId, "可附一句备注（选填）");
    }

    /** A prompt the reviewer's taps on one deal's card answer. */
    public String reviewPrompt(Rep reviewer, String dealId, Duration ttl) {
        String promptId = DialogStore.newPromptId(REVIEW_KIND);
        dialogs.save(new PromptState(promptId, REVIEW_KIND, reviewer.id(), "REVIEW", Map.of("deal", dealId)), ttl);
        return promptId;
    }

    public String customerName(String customerId) {
        return customers.find(customerId).map(Customer::name).orElse(customerId);
    }

    /** A pending review with its deal, for the 待复核 list. */
    public record Pending(DealReview review, Deal deal, Rep rep) {
    }

    /** The reviews the viewer decides on: a manager's team, everything for a director, nothing for a rep. */
    public List<Pending> queue(Rep viewer) {
        DataScope scope = DataScope.of(viewer);
        Collection<String> teams = switch (scope.kind()) {
            case ALL -> null;
            case TEAM -> List.of(viewer.teamId());
            default -> List.of();
        };
        List<Pending> out = new ArrayList<>();
        for (DealReview r : reviews.pending(teams)) {
            deals.find(r.dealId()).ifPresent(d -> out.add(new Pending(r, d, org.findRep(d.repId()).orElse(null))));
        }
        return out;
    }

    public enum Outcome { DONE, NOT_FOUND, NOT_ALLOWED, ALREADY_DECIDED }

    /** 通过 or 退回补充 with an optional note (at most 100 characters), audited. */
    public Outcome decide(Rep reviewer, String dealId, boolean approve, String note, String channel) {
        Optional<DealReview> review = reviews.review(dealId);
        Optional<Deal> deal = deals.find(dealId);
        if (review.isEmpty() || deal.isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        DataScope scope = DataScope.of(reviewer);
        Rep owner = org.findRep(deal.get().repId()).orElse(null);
        boolean allowed = scope.kind() == ScopeKind.ALL
                || (owner != null && DataScope.isManagerOf(reviewer, owner)
                && !reviewer.id().equals(deal.get().repId()));
        if (!allowed) {
            return Outcome.NOT_ALLOWED;
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > 100) {
            cleaned = cleaned.substring(0, 100);
        }
        long now = clock.millis();
        ReviewStatus status = approve ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        if (!reviews.decide(dealId, status, reviewer.id(), cleaned, now)) {
            return Outcome.ALREADY_DECIDED;
        }
        audit.record(new AuditEntry(reviewer.id(), approve ? "deal.review.approve" : "deal.review.return", "deal",
                dealId, ReviewStatus.PENDING.name(), status.name() + (cleaned == null ? "" : " " + cleaned), channel,
                now));
        return Outcome.DONE;
    }

    /** Adds the reviewer's optional note after the tap; audited. */
    public boolean annotate(Rep reviewer, String dealId, String note) {
        String cleaned = note == null ? "" : note.strip();
        if (cleaned.isEmpty()) {
            return false;
        }
        cleaned = cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
        Optional<DealReview> review = reviews.review(dealId);
        if (review.isEmpty() || !reviewer.id().equals(review.get().decidedBy())
                || !reviews.annotate(dealId, cleaned)) {
            return false;
        }
        audit.record(new AuditEntry(reviewer.id(), "deal.review.note", "deal", dealId, review.get().note(), cleaned,
                "chat", clock.millis()));
        return true;
    }

    public Optional<Deal> deal(String dealId) {
        return deals.find(dealId);
    }

    public Optional<DealReview> review(String dealId) {
        return reviews.review(dealId);
    }

    /** Company-wide (or one team's) healthy-deal rate over deals signed in a month. */
    public record HealthyRate(int deals, int healthy, int inReview) {
        public double rate() {
            return deals == 0 ? 0 : (double) healthy / deals;
        }
    }

    public HealthyRate healthyRate(YearMonth month, String teamIdOrNull) {
        List<Deal> signed = deals.all().stream().filter(d -> YearMonth.from(d.signedOn()).equals(month))
                .filter(d -> teamIdOrNull == null || org.findRep(d.repId())
                        .map(r -> teamIdOrNull.equals(r.teamId())).orElse(false))
                .toList();
        LocalDate asOf = month.atEndOfMonth().isBefore(today()) ? month.atEndOfMonth() : today();
        int healthy = 0;
        for (Deal d : signed) {
            if (assessment.assess(d, asOf).healthy()) {
                healthy++;
            }
        }
        int pending = (int) reviews.ofDeals(signed.stream().map(Deal::id).toList()).stream()
                .filter(r -> r.status() == ReviewStatus.PENDING).count();
        return new HealthyRate(signed.size(), healthy, pending);
    }

    static String describe(Deal d) {
        return "amountFen=" + d.amountFen() + ",signedOn=" + d.signedOn() + ",firstPaymentFen=" + d.firstPaymentFen()
                + ",roles=" + d.roles().keySet() + ",annex=" + (d.annexName() != null);
    }
}

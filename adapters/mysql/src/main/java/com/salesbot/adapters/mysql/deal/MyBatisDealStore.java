package com.salesbot.adapters.mysql.deal;

import com.salesbot.adapters.mysql.deal.DealRows.DealRow;
import com.salesbot.adapters.mysql.deal.DealRows.ReviewRow;
import com.salesbot.adapters.mysql.deal.DealRows.RoleRow;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealReview;
import com.salesbot.core.deal.DealReviewStore;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.deal.ReviewStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deals with their decision-chain roles, and the review queue, in MySQL/MariaDB/H2. */
@Singleton
public class MyBatisDealStore implements DealStore, DealReviewStore {
    private static final int CHUNK = 500;
    private final DealMapper mapper;

    public MyBatisDealStore(DealMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Deal deal) {
        DealRow row = new DealRow();
        row.id = deal.id();
        row.customerId = deal.customerId();
        row.repId = deal.repId();
        row.opportunityId = deal.opportunityId();
        row.amountFen = deal.amountFen();
        row.signedOn = deal.signedOn();
        row.productLine = deal.productLine();
        row.annexName = deal.annexName();
        row.annexSignedByBoth = deal.annexSignedByBoth();
        row.implementationWeek = deal.implementationWeek();
        row.csmBeforeSigning = deal.csmBeforeSigning();
        row.firstPaymentFen = deal.firstPaymentFen();
        row.firstPaymentOn = deal.firstPaymentOn();
        row.firstPaymentReceipt = deal.firstPaymentReceipt();
        row.payAfterTrial = deal.payAfterTrial();
        row.renewalOf = deal.renewalOf();
        row.createdAt = deal.createdAt();
        mapper.upsertDeal(row);
        mapper.deleteRoles(deal.id());
        deal.roles().forEach((role, evidence) -> {
            RoleRow r = new RoleRow();
            r.dealId = deal.id();
            r.role = role.name();
            r.evidence = evidence;
            mapper.insertRole(r);
        });
    }

    @Override
    @ReadOnly
    public Optional<Deal> find(String id) {
        DealRow row = mapper.deal(id);
        return row == null ? Optional.empty() : Optional.of(deals(List.of(row), mapper.rolesOf(List.of(id))).get(0));
    }

    @Override
    @ReadOnly
    public List<Deal> all() {
        return deals(mapper.allDeals(), mapper.allRoles());
    }

    @Override
    @ReadOnly
    public List<Deal> ofReps(Collection<String> repIds) {
        List<DealRow> rows = new ArrayList<>();
        List<RoleRow> roles = new ArrayList<>();
        for (List<String> chunk : chunks(repIds)) {
            List<DealRow> part = mapper.dealsOfReps(chunk);
            rows.addAll(part);
            for (List<String> ids : chunks(part.stream().map(r -> r.id).toList())) {
                roles.addAll(mapper.rolesOf(ids));
            }
        }
        rows.sort((a, b) -> a.signedOn.equals(b.signedOn) ? a.id.compareTo(b.id) : a.signedOn.compareTo(b.signedOn));
        return deals(rows, roles);
    }

    private static List<Deal> deals(List<DealRow> rows, List<RoleRow> roleRows) {
        Map<String, Map<DecisionRole, String>> roles = new HashMap<>();
        for (RoleRow r : roleRows) {
            roles.computeIfAbsent(r.dealId, k -> new EnumMap<>(DecisionRole.class))
                    .put(DecisionRole.valueOf(r.role), r.evidence);
        }
        return rows.stream().map(r -> new Deal(r.id, r.customerId, r.repId, r.opportunityId, r.amountFen, r.signedOn,
                r.productLine, r.annexName, r.annexSignedByBoth, r.implementationWeek, r.csmBeforeSigning,
                roles.getOrDefault(r.id, Map.of()), r.firstPaymentFen, r.firstPaymentOn, r.firstPaymentReceipt,
                r.payAfterTrial, r.renewalOf, r.createdAt)).toList();
    }

    @Override
    @Transactional
    public boolean enqueue(DealReview review) {
        ReviewRow row = row(review);
        ReviewRow existing = mapper.review(review.dealId());
        if (existing == null) {
            mapper.insertReview(row);
            return true;
        }
        return mapper.reopenReview(row) == 1;
    }

    @Override
    @ReadOnly
    public Optional<DealReview> review(String dealId) {
        return Optional.ofNullable(mapper.review(dealId)).map(MyBatisDealStore::review);
    }

    @Override
    @ReadOnly
    public List<DealReview> pending(Collection<String> teamIds) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        return mapper.pendingReviews(teamIds).stream().map(MyBatisDealStore::review).toList();
    }

    @Override
    @Transactional
    public boolean decide(String dealId, ReviewStatus status, String decidedBy, String note, long at) {
        if (status == ReviewStatus.PENDING) {
            throw new IllegalArgumentException("a decision is approve or return");
        }
        return mapper.decideReview(dealId, status.name(), decidedBy, note, at) == 1;
    }

    @Override
    @Transactional
    public boolean annotate(String dealId, String note) {
        return mapper.annotateReview(dealId, note) == 1;
    }

    @Override
    @ReadOnly
    public List<DealReview> ofDeals(Collection<String> dealIds) {
        List<DealReview> out = new ArrayList<>();
        for (List<String> chunk : chunks(dealIds)) {
            mapper.reviewsOf(chunk).forEach(r -> out.add(review(r)));
        }
        return out;
    }

    private static ReviewRow row(DealReview r) {
        ReviewRow row = new ReviewRow();
        row.dealId = r.dealId();
        row.repId = r.repId();
        row.teamId = r.teamId();
        row.status = r.status().name();
        row.reasons = r.reasons() == null ? "" : r.reasons();
        row.enteredAt = r.enteredAt();
        row.decidedBy = r.decidedBy();
        row.decidedAt = r.decidedAt();
        row.note = r.note();
        return row;
    }

    private static DealReview review(ReviewRow r) {
        return new DealReview(r.dealId, r.repId, r.teamId, ReviewStatus.valueOf(r.status), r.reasons, r.enteredAt,
                r.decidedBy, r.decidedAt, r.note);
    }

    static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}

package com.salesbot.bot.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.deal.DealReviewStore;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.deal.ReviewStatus;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may decide a review: the rep's own team manager or a director; never the rep; once. */
@MicronautTest(transactional = false)
class DealDeskScopeTest {
    @Inject
    DealDesk desk;
    @Inject
    DealReviewStore reviews;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;

    @Test
    void onlyTheTeamManagerOrADirectorDecidesAndOnlyOnce() {
        org.saveTeam(new Team("sc-t1", "一组"));
        org.saveTeam(new Team("sc-t2", "二组"));
        Rep rep = new Rep("sc-r1", "孙丽", "sc-t1", Role.REP, null, null, LocalDate.of(2025, 1, 1), true);
        Rep peer = new Rep("sc-r2", "周强", "sc-t1", Role.REP, null, null, LocalDate.of(2025, 1, 1), true);
        Rep manager = new Rep("sc-m1", "吴经理", "sc-t1", Role.MANAGER, null, null, LocalDate.of(2024, 1, 1), true);
        Rep otherManager = new Rep("sc-m2", "郑经理", "sc-t2", Role.MANAGER, null, null, LocalDate.of(2024, 1, 1), true);
        Rep director = new Rep("sc-d1", "冯总", null, Role.DIRECTOR, null, null, LocalDate.of(2024, 1, 1), true);
        for (Rep r : new Rep[] {rep, peer, manager, otherManager, director}) {
            org.saveRep(r);
        }
        customers.save(new Customer("sc-c1", "北方机电", "sc-r1", null, null, null, 0, false));
        Deal risky = new Deal("sc-d1", "sc-c1", "sc-r1", null, 10_000_000, LocalDate.now(), null, null, false, null,
                false, Map.of(DecisionRole.PURCHASING, "拜访"), 0, null, null, false, null, 0);
        Deal safe = new Deal("sc-d2", "sc-c1", "sc-r1", null, 10_000_000, LocalDate.now(), null, "《定制》", true,
                LocalDate.now(), true, Map.of(DecisionRole.SIGNER, "纪要", DecisionRole.IT_OWNER, "纪要",
                DecisionRole.FINANCE, "纪要"), 3_000_000, LocalDate.now(), "HD", false, null, 0);

        assertThat(desk.record(risky, "api", "api").queued()).isTrue();
        assertThat(desk.record(safe, "api", "api").queued()).isFalse();
        assertThat(desk.record(risky, "api", "api").queued()).as("already pending: no second card").isFalse();

        assertThat(desk.queue(manager)).extracting(p -> p.deal().id()).containsExactly("sc-d1");
        assertThat(desk.queue(otherManager)).isEmpty();
        assertThat(desk.queue(rep)).isEmpty();
        assertThat(desk.queue(director)).extracting(p -> p.deal().id()).contains("sc-d1");

        assertThat(desk.decide(rep, "sc-d1", true, null, "api")).isEqualTo(DealDesk.Outcome.NOT_ALLOWED);
        assertThat(desk.decide(peer, "sc-d1", true, null, "api")).isEqualTo(DealDesk.Outcome.NOT_ALLOWED);
        assertThat(desk.decide(otherManager, "sc-d1", true, null, "api")).isEqualTo(DealDesk.Outcome.NOT_ALLOWED);
        assertThat(desk.decide(manager, "nope", true, null, "api")).isEqualTo(DealDesk.Outcome.NOT_FOUND);
        assertThat(desk.decide(manager, "sc-d1", false, "请补充IT负责人会议纪要", "api"))
                .isEqualTo(DealDesk.Outcome.DONE);
        assertThat(desk.decide(director, "sc-d1", true, null, "api")).isEqualTo(DealDesk.Outcome.ALREADY_DECIDED);
        assertThat(reviews.review("sc-d1").orElseThrow().status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(desk.annotate(otherManager, "sc-d1", "别人的备注")).isFalse();
        assertThat(desk.annotate(manager, "sc-d1", "周五前补齐")).isTrue();
        assertThat(reviews.review("sc-d1").orElseThrow().note()).isEqualTo("周五前补齐");

        assertThat(desk.record(risky, "sc-r1", "api").queued()).as("a returned, still risky deal comes back")
                .isTrue();
        assertThat(desk.decide(director, "sc-d1", true, null, "api")).isEqualTo(DealDesk.Outcome.DONE);
        assertThat(desk.queue(manager)).isEmpty();
    }
}

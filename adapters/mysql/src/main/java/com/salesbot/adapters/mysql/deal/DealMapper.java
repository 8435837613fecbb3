package com.salesbot.adapters.mysql.deal;

import com.salesbot.adapters.mysql.deal.DealRows.DealRow;
import com.salesbot.adapters.mysql.deal.DealRows.KbRow;
import com.salesbot.adapters.mysql.deal.DealRows.LedgerRow;
import com.salesbot.adapters.mysql.deal.DealRows.MentorRow;
import com.salesbot.adapters.mysql.deal.DealRows.NpsRow;
import com.salesbot.adapters.mysql.deal.DealRows.ReviewRow;
import com.salesbot.adapters.mysql.deal.DealRows.RoleRow;
import com.salesbot.adapters.mysql.deal.DealRows.SessionRow;
import com.salesbot.adapters.mysql.deal.DealRows.TicketRow;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL of deals, reviews, service tickets, the coefficient inputs and the bonus ledger (portable MySQL/H2). */
public interface DealMapper {
    String DEAL_COLUMNS = "id, customer_id, rep_id, opportunity_id, amount_fen, signed_on, product_line, annex_name, "
            + "annex_signed_by_both, implementation_week, csm_before_signing, first_payment_fen, first_payment_on, "
            + "first_payment_receipt, pay_after_trial, renewal_of, created_at";

    @Insert("INSERT INTO deals (" + DEAL_COLUMNS + ") VALUES (#{id}, #{customerId}, #{repId}, #{opportunityId}, "
            + "#{amountFen}, #{signedOn}, #{productLine}, #{annexName}, #{annexSignedByBoth}, #{implementationWeek}, "
            + "#{csmBeforeSigning}, #{firstPaymentFen}, #{firstPaymentOn}, #{firstPaymentReceipt}, #{payAfterTrial}, "
            + "#{renewalOf}, #{createdAt}) ON DUPLICATE KEY UPDATE customer_id = VALUES(customer_id), "
            + "rep_id = VALUES(rep_id), opportunity_id = VALUES(opportunity_id), amount_fen = VALUES(amount_fen), "
            + "signed_on = VALUES(signed_on), product_line = VALUES(product_line), annex_name = VALUES(annex_name), "
            + "annex_signed_by_both = VALUES(annex_signed_by_both), "
            + "implementation_week = VALUES(implementation_week), csm_before_signing = VALUES(csm_before_signing), "
            + "first_payment_fen = VALUES(first_payment_fen), first_payment_on = VALUES(first_payment_on), "
            + "first_payment_receipt = VALUES(first_payment_receipt), pay_after_trial = VALUES(pay_after_trial), "
            + "renewal_of = VALUES(renewal_of)")
    void upsertDeal(DealRow row);

    @Delete("DELETE FROM deal_roles WHERE deal_id = #{dealId}")
    void deleteRoles(String dealId);

    @Insert("INSERT INTO deal_roles (deal_id, role, evidence) VALUES (#{dealId}, #{role}, #{evidence})")
    void insertRole(RoleRow row);

    @Select("SELECT " + DEAL_COLUMNS + " FROM deals WHERE id = #{id}")
    DealRow deal(String id);

    @Select("SELECT " + DEAL_COLUMNS + " FROM deals ORDER BY signed_on, id")
    List<DealRow> allDeals();

    @Select("<script>SELECT " + DEAL_COLUMNS + " FROM deals WHERE rep_id IN "
            + "<foreach item='r' collection='reps' open='(' separator=',' close=')'>#{r}</foreach> "
            + "ORDER BY signed_on, id</script>")
    List<DealRow> dealsOfReps(@Param("reps") Collection<String> reps);

    @Select("SELECT deal_id, role, evidence FROM deal_roles ORDER BY deal_id, role")
    List<RoleRow> allRoles();

    @Select("<script>SELECT deal_id, role, evidence FROM deal_roles WHERE deal_id IN "
            + "<foreach item='d' collection='deals' open='(' separator=',' close=')'>#{d}</foreach></script>")
    List<RoleRow> rolesOf(@Param("deals") Collection<String> deals);

    String REVIEW_COLUMNS = "deal_id, rep_id, team_id, status, reasons, entered_at, decided_by, decided_at, note";

    @Insert("INSERT INTO deal_reviews (" + REVIEW_COLUMNS + ") VALUES (#{dealId}, #{repId}, #{teamId}, #{status}, "
            + "#{reasons}, #{enteredAt}, #{decidedBy}, #{decidedAt}, #{note})")
    void insertReview(ReviewRow row);

    @Update("UPDATE deal_reviews SET status = 'PENDING', reasons = #{reasons}, entered_at = #{enteredAt}, "
            + "team_id = #{teamId}, decided_by = NULL, decided_at = 0, note = NULL "
            + "WHERE deal_id = #{dealId} AND status = 'RETURNED'")
    int reopenReview(ReviewRow row);

    @Select("SELECT " + REVIEW_COLUMNS + " FROM deal_reviews WHERE deal_id = #{dealId}")
    ReviewRow review(String dealId);

    @Select("<script>SELECT " + REVIEW_COLUMNS + " FROM deal_reviews WHERE status = 'PENDING' "
            + "<if test='teams != null'>AND team_id IN "
            + "<foreach item='t' collection='teams' open='(' separator=',' close=')'>#{t}</foreach></if> "
            + "ORDER BY entered_at, deal_id</script>")
    List<ReviewRow> pendingReviews(@Param("teams") Collection<String> teams);

    @Update("UPDATE deal_reviews SET status = #{status}, decided_by = #{by}, decided_at = #{at}, note = #{note} "
            + "WHERE deal_id = #{dealId} AND status = 'PENDING'")
    int decideReview(@Param("dealId") String dealId, @Param("status") String status, @Param("by") String by,
                     @Param("note") String note, @Param("at") long at);

    @Update("UPDATE deal_reviews SET note = #{note} WHERE deal_id = #{dealId} AND status <> 'PENDING'")
    int annotateReview(@Param("dealId") String dealId, @Param("note") String note);

    @Select("<script>SELECT " + REVIEW_COLUMNS + " FROM deal_reviews WHERE deal_id IN "
            + "<foreach item='d' collection='deals' open='(' separator=',' close=')'>#{d}</foreach></script>")
    List<ReviewRow> reviewsOf(@Param("deals") Collection<String> deals);

    @Insert("INSERT INTO service_tickets (id, customer_id, rep_id, opened_at, first_response_at, closed_at, major, "
            + "summary) VALUES (#{id}, #{customerId}, #{repId}, #{openedAt}, #{firstResponseAt}, #{closedAt}, "
            + "#{major}, #{summary}) ON DUPLICATE KEY UPDATE customer_id = VALUES(customer_id), "
            + "rep_id = VALUES(rep_id), opened_at = VALUES(opened_at), first_response_at = VALUES(first_response_at), "
            + "closed_at = VALUES(closed_at), major = VALUES(major), summary = VALUES(summary)")
    void upsertTicket(TicketRow row);

    @Select("<script>SELECT id, customer_id, rep_id, opened_at, first_response_at, closed_at, major, summary "
            + "FROM service_tickets WHERE opened_at &gt;= #{from} AND opened_at &lt; #{to} "
            + "<if test='customers != null'>AND customer_id IN "
            + "<foreach item='c' collection='customers' open='(' separator=',' close=')'>#{c}</foreach></if> "
            + "ORDER BY opened_at, id</script>")
    List<TicketRow> tickets(@Param("customers") Collection<String> customers, @Param("from") long from,
                            @Param("to") long to);

    @Insert("INSERT INTO cs_sessions (id, rep_id, customer_id, held_on, minutes, topic) VALUES (#{id}, #{repId}, "
            + "#{customerId}, #{heldOn}, #{minutes}, #{topic}) ON DUPLICATE KEY UPDATE rep_id = VALUES(rep_id), "
            + "customer_id = VALUES(customer_id), held_on = VALUES(held_on), minutes = VALUES(minutes), "
            + "topic = VALUES(topic)")
    void upsertSession(SessionRow row);

    @Select("SELECT id, rep_id, customer_id, held_on, minutes, topic FROM cs_sessions "
            + "WHERE held_on >= #{from} AND held_on < #{to} ORDER BY held_on, id")
    List<SessionRow> sessions(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Insert("INSERT INTO nps_scores (customer_id, survey_month, nps) VALUES (#{customerId}, #{surveyMonth}, #{nps}) "
            + "ON DUPLICATE KEY UPDATE nps = VALUES(nps)")
    void upsertNps(NpsRow row);

    @Select("SELECT customer_id, survey_month, nps FROM nps_scores WHERE survey_month >= #{from} "
            + "AND survey_month <= #{to} ORDER BY survey_month, customer_id")
    List<NpsRow> nps(@Param("from") String from, @Param("to") String to);

    @Insert("INSERT INTO kb_adoption (rep_id, adoption_month, suggested, adopted) VALUES (#{repId}, "
            + "#{adoptionMonth}, #{suggested}, #{adopted}) ON DUPLICATE KEY UPDATE suggested = VALUES(suggested), "
            + "adopted = VALUES(adopted)")
    void upsertKb(KbRow row);

    @Select("SELECT rep_id, adoption_month, suggested, adopted FROM kb_adoption WHERE adoption_month >= #{from} "
            + "AND adoption_month <= #{to} ORDER BY adoption_month, rep_id")
    List<KbRow> kb(@Param("from") String from, @Param("to") String to);

    @Insert("INSERT INTO mentorships (mentee_id, mentor_id, since, set_by, created_at) VALUES (#{menteeId}, "
            + "#{mentorId}, #{since}, #{setBy}, #{createdAt}) ON DUPLICATE KEY UPDATE mentor_id = VALUES(mentor_id), "
            + "since = VALUES(since), set_by = VALUES(set_by), created_at = VALUES(created_at)")
    void upsertMentorship(MentorRow row);

    @Select("SELECT mentee_id, mentor_id, since, set_by, created_at FROM mentorships ORDER BY mentee_id")
    List<MentorRow> mentorships();

    String LEDGER_COLUMNS = "deal_id, part, beneficiary_id, mentor_share, amount_fen, state, settled_on, "
            + "payout_month, reason, recorded_at";

    @Insert("INSERT INTO bonus_ledger (" + LEDGER_COLUMNS + ") VALUES (#{dealId}, #{part}, #{beneficiaryId}, "
            + "#{mentorShare}, #{amountFen}, #{state}, #{settledOn}, #{payoutMonth}, #{reason}, #{recordedAt})")
    void insertLedger(LedgerRow row);

    @Select("SELECT COUNT(*) FROM bonus_ledger WHERE deal_id = #{dealId} AND part = #{part} "
            + "AND beneficiary_id = #{beneficiaryId}")
    int ledgerKeyCount(LedgerRow row);

    @Select("SELECT " + LEDGER_COLUMNS + " FROM bonus_ledger WHERE payout_month = #{month} "
            + "ORDER BY beneficiary_id, deal_id, part")
    List<LedgerRow> ledgerMonth(String month);

    @Select("<script>SELECT " + LEDGER_COLUMNS + " FROM bonus_ledger WHERE beneficiary_id IN "
            + "<foreach item='b' collection='ids' open='(' separator=',' close=')'>#{b}</foreach> "
            + "ORDER BY payout_month, deal_id, part</script>")
    List<LedgerRow> ledgerOf(@Param("ids") Collection<String> ids);
}

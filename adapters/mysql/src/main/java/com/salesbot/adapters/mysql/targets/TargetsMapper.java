package com.salesbot.adapters.mysql.targets;

import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for the target sandbox, the capability picture and the snapshot sources (V30). */
public interface TargetsMapper {
    /** Mutable holder for the generated session id. */
    final class NewSession {
        public long id;
        public String teamId;
        public String quarter;
        public String createdBy;
        public long createdAt;

        public NewSession(String teamId, String quarter, String createdBy, long createdAt) {
            this.teamId = teamId;
            this.quarter = quarter;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }
    }

    record SessionRow(long id, String teamId, String quarter, String createdBy, long createdAt, String confirmedKind,
                      String confirmedBy, long confirmedAt) {
    }

    record OptionRow(String kind, long totalFen, String assumptions) {
    }

    record ShareRow(String kind, String repId, long amountFen, double weight, String quadrant) {
    }

    record PairRow(String a, String b) {
    }

    record VoiceRow(String quarter, String customerId, String repId, String actions, int score) {
    }

    record GrowthRow(long id, String repId, String kind, String item, int points, String status, long entryAt,
                     String decidedBy) {
    }

    record OrderRow(String id, String customerId, long amountFen, String status, boolean fulfilled, long orderedAt) {
    }

    record SearchRow(String customerId, String keyword, long searchedAt) {
    }

    record LevelRow(String orgLevel, String scopeId, String quarter, long amountFen) {
    }

    @Insert("INSERT INTO target_plan_sessions (team_id, quarter, created_by, created_at) "
            + "VALUES (#{teamId}, #{quarter}, #{createdBy}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertSession(NewSession session);

    @Insert("INSERT INTO target_plan_options (session_id, kind, total_fen, assumptions) "
            + "VALUES (#{sessionId}, #{kind}, #{totalFen}, #{assumptions})")
    void insertOption(@Param("sessionId") long sessionId, @Param("kind") String kind,
                      @Param("totalFen") long totalFen, @Param("assumptions") String assumptions);

    @Insert("INSERT INTO target_plan_shares (session_id, kind, rep_id, amount_fen, weight, quadrant) "
            + "VALUES (#{sessionId}, #{kind}, #{repId}, #{amountFen}, #{weight}, #{quadrant})")
    void insertShare(@Param("sessionId") long sessionId, @Param("kind") String kind, @Param("repId") String repId,
                     @Param("amountFen") long amountFen, @Param("weight") double weight,
                     @Param("quadrant") String quadrant);

    String SESSION_COLUMNS = "id, team_id, quarter, created_by, created_at, confirmed_kind, confirmed_by, "
            + "confirmed_at";

    @Select("SELECT " + SESSION_COLUMNS + " FROM target_plan_sessions WHERE id = #{id}")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "team_id", javaType = String.class),
        @Arg(column = "quarter", javaType = String.class),
        @Arg(column = "created_by", javaType = String.class),
        @Arg(column = "created_at", javaType = long.class),
        @Arg(column = "confirmed_kind", javaType = String.class),
        @Arg(column = "confirmed_by", javaType = String.class),
        @Arg(column = "confirmed_at", javaType = long.class)})
    SessionRow session(long id);

    @Select("SELECT MAX(id) FROM target_plan_sessions WHERE team_id = #{teamId} AND quarter = #{quarter}")
    Long latestSessionId(@Param("teamId") String teamId, @Param("quarter") String quarter);

    @Select("SELECT kind, total_fen, assumptions FROM target_plan_options WHERE session_id = #{id}")
    @ConstructorArgs({
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "total_fen", javaType = long.class),
        @Arg(column = "assumptions", javaType = String.class)})
    List<OptionRow> options(long id);

    @Select("SELECT kind, rep_id, amount_fen, weight, quadrant FROM target_plan_shares WHERE session_id = #{id} "
            + "ORDER BY kind, rep_id")
    @ConstructorArgs({
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "amount_fen", javaType = long.class),
        @Arg(column = "weight", javaType = double.class),
        @Arg(column = "quadrant", javaType = String.class)})
    List<ShareRow> shares(long id);

    @Insert("INSERT INTO target_plan_votes (session_id, voter_id, kind, voted_at) "
            + "VALUES (#{sessionId}, #{voterId}, #{kind}, #{at}) "
            + "ON DUPLICATE KEY UPDATE kind = VALUES(kind), voted_at = VALUES(voted_at)")
    void upsertVote(@Param("sessionId") long sessionId, @Param("voterId") String voterId, @Param("kind") String kind,
                    @Param("at") long at);

    @Select("SELECT voter_id, kind FROM target_plan_votes WHERE session_id = #{id} ORDER BY voter_id")
    @ConstructorArgs({
        @Arg(column = "voter_id", javaType = String.class),
        @Arg(column = "kind", javaType = String.class)})
    List<PairRow> votes(long id);

    @Select("SELECT COALESCE(confirmed_kind, '') FROM target_plan_sessions WHERE id = #{id} FOR UPDATE")
    List<String> lockSession(long id);

    @Update("UPDATE target_plan_sessions SET confirmed_kind = #{kind}, confirmed_by = #{by}, confirmed_at = #{at} "
            + "WHERE id = #{id} AND confirmed_kind IS NULL")
    int confirm(@Param("id") long id, @Param("kind") String kind, @Param("by") String by, @Param("at") long at);

    @Insert("INSERT INTO market_factors (industry, quarter, factor, note) VALUES (#{industry}, #{quarter}, "
            + "#{factor}, #{note}) ON DUPLICATE KEY UPDATE factor = VALUES(factor), note = VALUES(note)")
    void upsertMarketFactor(@Param("industry") String industry, @Param("quarter") String quarter,
                            @Param("factor") double factor, @Param("note") String note);

    @Select("SELECT factor FROM market_factors WHERE industry = #{industry} AND quarter = #{quarter}")
    Double marketFactor(@Param("industry") String industry, @Param("quarter") String quarter);

    @Select("SELECT note FROM market_factors WHERE industry = #{industry} AND quarter = #{quarter}")
    String marketNote(@Param("industry") String industry, @Param("quarter") String quarter);

    @Insert("INSERT INTO regions (id, name) VALUES (#{id}, #{name}) ON DUPLICATE KEY UPDATE name = VALUES(name)")
    void upsertRegion(@Param("id") String id, @Param("name") String name);

    @Update("DELETE FROM region_teams WHERE region_id = #{id}")
    void clearRegionTeams(String id);

    @Insert("INSERT INTO region_teams (region_id, team_id) VALUES (#{regionId}, #{teamId}) "
            + "ON DUPLICATE KEY UPDATE region_id = VALUES(region_id)")
    void upsertRegionTeam(@Param("regionId") String regionId, @Param("teamId") String teamId);

    @Select("SELECT id AS a, name AS b FROM regions ORDER BY id")
    @ConstructorArgs({@Arg(column = "a", javaType = String.class), @Arg(column = "b", javaType = String.class)})
    List<PairRow> regions();

    @Select("SELECT region_id AS a, team_id AS b FROM region_teams ORDER BY region_id, team_id")
    @ConstructorArgs({@Arg(column = "a", javaType = String.class), @Arg(column = "b", javaType = String.class)})
    List<PairRow> regionTeams();

    @Insert("INSERT INTO level_targets (org_level, scope_id, quarter, amount_fen) VALUES (#{level}, #{scopeId}, "
            + "#{quarter}, #{amountFen}) ON DUPLICATE KEY UPDATE amount_fen = VALUES(amount_fen)")
    void upsertLevelTarget(@Param("level") String level, @Param("scopeId") String scopeId,
                           @Param("quarter") String quarter, @Param("amountFen") long amountFen);

    @Select("SELECT org_level, scope_id, quarter, amount_fen FROM level_targets WHERE quarter = #{quarter} "
            + "ORDER BY org_level, scope_id")
    @ConstructorArgs({
        @Arg(column = "org_level", javaType = String.class),
        @Arg(column = "scope_id", javaType = String.class),
        @Arg(column = "quarter", javaType = String.class),
        @Arg(column = "amount_fen", javaType = long.class)})
    List<LevelRow> levelTargets(String quarter);

    @Insert("INSERT INTO consensus_answers (team_id, quarter, voter_id, amount_fen, answered_at) VALUES (#{teamId}, "
            + "#{quarter}, #{voterId}, #{amountFen}, #{at}) ON DUPLICATE KEY UPDATE amount_fen = VALUES(amount_fen), "
            + "answered_at = VALUES(answered_at)")
    void upsertConsensus(@Param("teamId") String teamId, @Param("quarter") String quarter,
                         @Param("voterId") String voterId, @Param("amountFen") long amountFen, @Param("at") long at);

    @Select("SELECT amount_fen FROM consensus_answers WHERE team_id = #{teamId} AND quarter = #{quarter} "
            + "ORDER BY amount_fen")
    List<Long> consensusAnswers(@Param("teamId") String teamId, @Param("quarter") String quarter);

    @Select("SELECT COUNT(*) FROM consensus_answers WHERE team_id = #{teamId} AND quarter = #{quarter} "
            + "AND voter_id = #{voterId}")
    int countConsensus(@Param("teamId") String teamId, @Param("quarter") String quarter,
                       @Param("voterId") String voterId);

    @Insert("INSERT INTO voice_answers (quarter, customer_id, rep_id, actions, score) VALUES (#{quarter}, "
            + "#{customerId}, #{repId}, #{actions}, #{score}) ON DUPLICATE KEY UPDATE rep_id = VALUES(rep_id), "
            + "actions = VALUES(actions), score = VALUES(score)")
    void upsertVoice(VoiceRow row);

    @Select("SELECT quarter, customer_id, rep_id, actions, score FROM voice_answers WHERE quarter = #{quarter} "
            + "ORDER BY customer_id")
    @ConstructorArgs({
        @Arg(column = "quarter", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "actions", javaType = String.class),
        @Arg(column = "score", javaType = int.class)})
    List<VoiceRow> voiceAnswers(String quarter);

    /** Mutable holder for the generated ledger id. */
    final class NewGrowth {
        public long id;
        public String repId;
        public String kind;
        public String item;
        public int points;
        public String status;
        public long entryAt;
        public String decidedBy;
    }

    @Insert("INSERT INTO growth_entries (rep_id, kind, item, points, status, entry_at, decided_by) VALUES (#{repId}, "
            + "#{kind}, #{item}, #{points}, #{status}, #{entryAt}, #{decidedBy})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insertGrowth(NewGrowth row);

    String GROWTH_COLUMNS = "id, rep_id, kind, item, points, status, entry_at, decided_by";

    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "item", javaType = String.class),
        @Arg(column = "points", javaType = int.class),
        @Arg(column = "status", javaType = String.class),
        @Arg(column = "entry_at", javaType = long.class),
        @Arg(column = "decided_by", javaType = String.class)})
    @Select("SELECT " + GROWTH_COLUMNS + " FROM growth_entries WHERE id = #{id}")
    GrowthRow growth(long id);

    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "item", javaType = String.class),
        @Arg(column = "points", javaType = int.class),
        @Arg(column = "status", javaType = String.class),
        @Arg(column = "entry_at", javaType = long.class),
        @Arg(column = "decided_by", javaType = String.class)})
    @Select("SELECT " + GROWTH_COLUMNS + " FROM growth_entries WHERE rep_id = #{repId} ORDER BY entry_at, id")
    List<GrowthRow> growthOf(String repId);

    @Update("UPDATE growth_entries SET status = #{status}, decided_by = #{by} WHERE id = #{id} AND status = 'PENDING'")
    int decideGrowth(@Param("id") long id, @Param("status") String status, @Param("by") String by);

    @Insert("INSERT INTO customer_orders (id, customer_id, amount_fen, status, fulfilled, ordered_at) VALUES (#{id}, "
            + "#{customerId}, #{amountFen}, #{status}, #{fulfilled}, #{orderedAt}) ON DUPLICATE KEY UPDATE "
            + "customer_id = VALUES(customer_id), amount_fen = VALUES(amount_fen), status = VALUES(status), "
            + "fulfilled = VALUES(fulfilled), ordered_at = VALUES(ordered_at)")
    void upsertOrder(OrderRow row);

    @Select("SELECT id, customer_id, amount_fen, status, fulfilled, ordered_at FROM customer_orders "
            + "WHERE customer_id = #{customerId} AND ordered_at >= #{from} AND ordered_at < #{to} ORDER BY ordered_at, id")
    @ConstructorArgs({
        @Arg(column = "id", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "amount_fen", javaType = long.class),
        @Arg(column = "status", javaType = String.class),
        @Arg(column = "fulfilled", javaType = boolean.class),
        @Arg(column = "ordered_at", javaType = long.class)})
    List<OrderRow> ordersOf(@Param("customerId") String customerId, @Param("from") long from, @Param("to") long to);

    @Insert("INSERT INTO kb_searches (customer_id, keyword, searched_at) VALUES (#{customerId}, #{keyword}, "
            + "#{searchedAt})")
    void insertSearch(SearchRow row);

    @Select("SELECT customer_id, keyword, searched_at FROM kb_searches WHERE customer_id = #{customerId} "
            + "AND searched_at >= #{from} AND searched_at < #{to} ORDER BY searched_at, id")
    @ConstructorArgs({
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "keyword", javaType = String.class),
        @Arg(column = "searched_at", javaType = long.class)})
    List<SearchRow> searchesOf(@Param("customerId") String customerId, @Param("from") long from,
                               @Param("to") long to);
}

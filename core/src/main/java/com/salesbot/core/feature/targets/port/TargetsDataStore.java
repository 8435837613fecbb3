package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The imported and surveyed data behind targets and the capability picture: market factors, regions and level
 * targets, the consensus survey, customer voice, the growth account, orders and knowledge-base searches. Upserts
 * where the record has a natural key.
 */
public interface TargetsDataStore {
    void saveMarketFactor(MarketFactor factor);

    Optional<MarketFactor> marketFactor(String industry, Quarter quarter);

    void saveRegion(Region region);

    List<Region> regions();

    void saveLevelTarget(LevelTarget target);

    List<LevelTarget> levelTargets(Quarter quarter);

    /** One answer per person and team quarter; answering again replaces it. */
    void saveConsensusAnswer(String teamId, Quarter quarter, String voterId, long amountFen, long at);

    /** The stated amounts only, never who stated them. */
    List<Long> consensusAnswers(String teamId, Quarter quarter);

    boolean hasConsensusAnswer(String teamId, Quarter quarter, String voterId);

    /** Upsert by (quarter, customer). */
    void saveVoiceAnswer(VoiceAnswer answer);

    List<VoiceAnswer> voiceAnswers(Quarter quarter);

    GrowthEntry addGrowthEntry(GrowthEntry entry);

    Optional<GrowthEntry> growthEntry(long id);

    /** Moves a PENDING entry to APPROVED or REJECTED; false when it was not pending. */
    boolean decideGrowthEntry(long id, String status, String by);

    List<GrowthEntry> growthEntries(String repId);

    /** Upsert by order id. */
    void saveOrders(Collection<CustomerOrder> orders);

    List<CustomerOrder> ordersOf(String customerId, long fromMs, long toMs);

    void saveKbSearches(Collection<KbSearch> searches);

    List<KbSearch> kbSearchesOf(String customerId, long fromMs, long toMs);
}

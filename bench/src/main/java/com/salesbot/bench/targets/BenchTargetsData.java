package com.salesbot.bench.targets;

import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of {@link TargetsDataStore} the radar reads (customer voice, growth entries), read-only over loaded rows;
 * no in-memory TargetsDataStore ships in the product (the embedded default runs the MyBatis stores on H2).
 */
final class BenchTargetsData implements TargetsDataStore {
    private final List<VoiceAnswer> voice;
    private final Map<String, List<GrowthEntry>> growth;

    BenchTargetsData(List<VoiceAnswer> voice, Map<String, List<GrowthEntry>> growth) {
        this.voice = List.copyOf(voice);
        this.growth = Map.copyOf(growth);
    }

    public List<VoiceAnswer> voiceAnswers(Quarter quarter) { return voice.stream().filter(v -> v.quarter().equals(quarter)).toList(); }
    public List<GrowthEntry> growthEntries(String repId) { return growth.getOrDefault(repId, List.of()); }

    public void saveMarketFactor(MarketFactor factor) { throw new UnsupportedOperationException(); }
    public Optional<MarketFactor> marketFactor(String industry, Quarter quarter) { return Optional.empty(); }
    public void saveRegion(Region region) { throw new UnsupportedOperationException(); }
    public List<Region> regions() { return List.of(); }
    public void saveLevelTarget(LevelTarget target) { throw new UnsupportedOperationException(); }
    public List<LevelTarget> levelTargets(Quarter quarter) { return List.of(); }
    public void saveConsensusAnswer(String teamId, Quarter quarter, String voterId, long amountFen, long at) { throw new UnsupportedOperationException(); }
    public List<Long> consensusAnswers(String teamId, Quarter quarter) { return List.of(); }
    public boolean hasConsensusAnswer(String teamId, Quarter quarter, String voterId) { return false; }
    public void saveVoiceAnswer(VoiceAnswer answer) { throw new UnsupportedOperationException(); }
    public GrowthEntry addGrowthEntry(GrowthEntry entry) { throw new UnsupportedOperationException(); }
    public Optional<GrowthEntry> growthEntry(long id) { return Optional.empty(); }
    public boolean decideGrowthEntry(long id, String status, String by) { throw new UnsupportedOperationException(); }
    public void saveOrders(Collection<CustomerOrder> orders) { throw new UnsupportedOperationException(); }
    public List<CustomerOrder> ordersOf(String customerId, long fromMs, long toMs) { return List.of(); }
    public void saveKbSearches(Collection<KbSearch> searches) { throw new UnsupportedOperationException(); }
    public List<KbSearch> kbSearchesOf(String customerId, long fromMs, long toMs) { return List.of(); }
}

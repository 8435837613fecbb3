package com.salesbot.core.feature.targets;

import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test double of the targets data store for core tests and the benchmark (the MyBatis one is contract-tested). */
public final class InMemoryTargetsDataStore implements TargetsDataStore {
    private final Map<String, MarketFactor> factors = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, LevelTarget> levels = new LinkedHashMap<>();
    private final Map<String, Long> consensus = new LinkedHashMap<>();
    private final Map<String, VoiceAnswer> voice = new LinkedHashMap<>();
    private final Map<Long, GrowthEntry> growth = new LinkedHashMap<>();
    private final Map<String, CustomerOrder> orders = new LinkedHashMap<>();
    private final List<KbSearch> searches = new ArrayList<>();

    @Override
    public synchronized void saveMarketFactor(MarketFactor f) {
        factors.put(f.industry() + "|" + f.quarter(), f);
    }

    @Override
    public synchronized Optional<MarketFactor> marketFactor(String industry, Quarter quarter) {
        return Optional.ofNullable(factors.get(industry + "|" + quarter));
    }

    @Override
    public synchronized void saveRegion(Region region) {
        regions.put(region.id(), region);
    }

    @Override
    public synchronized List<Region> regions() {
        return List.copyOf(regions.values());
    }

    @Override
    public synchronized void saveLevelTarget(LevelTarget t) {
        levels.put(t.level() + "|" + t.scopeId() + "|" + t.quarter(), t);
    }

    @Override
    public synchronized List<LevelTarget> levelTargets(Quarter quarter) {
        return levels.values().stream().filter(t -> t.quarter().equals(quarter)).toList();
    }

    @Override
    public synchronized void saveConsensusAnswer(String teamId, Quarter quarter, String voterId, long amountFen,
                                                 long at) {
        consensus.put(teamId + "|" + quarter + "|" + voterId, amountFen);
    }

    @Override
    public synchronized List<Long> consensusAnswers(String teamId, Quarter quarter) {
        return consensus.entrySet().stream().filter(e -> e.getKey().startsWith(teamId + "|" + quarter + "|"))
                .map(Map.Entry::getValue).sorted().toList();
    }

    @Override
    public synchronized boolean hasConsensusAnswer(String teamId, Quarter quarter, String voterId) {
        return consensus.containsKey(teamId + "|" + quarter + "|" + voterId);
    }

    @Override
    public synchronized void saveVoiceAnswer(VoiceAnswer a) {
        voice.put(a.quarter() + "|" + a.customerId(), a);
    }

    @Override
    public synchronized List<VoiceAnswer> voiceAnswers(Quarter quarter) {
        return voice.values().stream().filter(a -> a.quarter().equals(quarter)).toList();
    }

    @Override
    public synchronized GrowthEntry addGrowthEntry(GrowthEntry e) {
        long id = growth.size() + 1;
        GrowthEntry stored = new GrowthEntry(id, e.repId(), e.kind(), e.item(), e.points(), e.status(), e.at(),
                e.decidedBy());
        growth.put(id, stored);
        return stored;
    }

    @Override
    public synchronized Optional<GrowthEntry> growthEntry(long id) {
        return Optional.ofNullable(growth.get(id));
    }

    @Override
    public synchronized boolean decideGrowthEntry(long id, String status, String by) {
        GrowthEntry e = growth.get(id);
        if (e == null || !GrowthEntry.PENDING.equals(e.status())) {
            return false;
        }
        growth.put(id, new GrowthEntry(id, e.repId(), e.kind(), e.item(), e.points(), status, e.at(), by));
        return true;
    }

    @Override
    public synchronized List<GrowthEntry> growthEntries(String repId) {
        return growth.values().stream().filter(e -> e.repId().equals(repId)).toList();
    }

    @Override
    public synchronized void saveOrders(Collection<CustomerOrder> list) {
        list.forEach(o -> orders.put(o.id(), o));
    }

    @Override
    public synchronized List<CustomerOrder> ordersOf(String customerId, long fromMs, long toMs) {
        return orders.values().stream().filter(o -> o.customerId().equals(customerId) && o.orderedAt() >= fromMs
                && o.orderedAt() < toMs).toList();
    }

    @Override
    public synchronized void saveKbSearches(Collection<KbSearch> list) {
        searches.addAll(list);
    }

    @Override
    public synchronized List<KbSearch> kbSearchesOf(String customerId, long fromMs, long toMs) {
        return searches.stream().filter(s -> s.customerId().equals(customerId) && s.searchedAt() >= fromMs
                && s.searchedAt() < toMs).toList();
    }
}

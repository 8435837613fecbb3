package com.salesbot.adapters.mysql.targets;

import com.salesbot.core.feature.targets.port.GrowthEntry;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.feature.targets.port.MarketFactor;
import com.salesbot.core.feature.targets.port.Region;
import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.feature.targets.port.VoiceAnswer;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.rules.snapshot.CustomerOrder;
import com.salesbot.core.rules.snapshot.KbSearch;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Market factors, regions, level targets, consensus, voice, growth ledger, orders and KB searches in MySQL/H2. */
@Singleton
public class MyBatisTargetsDataStore implements TargetsDataStore {
    private final TargetsMapper mapper;

    public MyBatisTargetsDataStore(TargetsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void saveMarketFactor(MarketFactor f) {
        mapper.upsertMarketFactor(f.industry(), f.quarter().toString(), f.factor(), f.note());
    }

    @Override
    @ReadOnly
    public Optional<MarketFactor> marketFactor(String industry, Quarter quarter) {
        Double factor = mapper.marketFactor(industry, quarter.toString());
        return factor == null ? Optional.empty() : Optional.of(new MarketFactor(industry, quarter, factor,
                mapper.marketNote(industry, quarter.toString())));
    }

    @Override
    @Transactional
    public void saveRegion(Region region) {
        mapper.upsertRegion(region.id(), region.name());
        mapper.clearRegionTeams(region.id());
        region.teamIds().forEach(t -> mapper.upsertRegionTeam(region.id(), t));
    }

    @Override
    @ReadOnly
    public List<Region> regions() {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        mapper.regionTeams().forEach(r -> teams.computeIfAbsent(r.a(), k -> new ArrayList<>()).add(r.b()));
        return mapper.regions().stream().map(r -> new Region(r.a(), r.b(), teams.getOrDefault(r.a(), List.of())))
                .toList();
    }

    @Override
    @Transactional
    public void saveLevelTarget(LevelTarget t) {
        mapper.upsertLevelTarget(t.level().name(), t.scopeId(), t.quarter().toString(), t.amountFen());
    }

    @Override
    @ReadOnly
    public List<LevelTarget> levelTargets(Quarter quarter) {
        return mapper.levelTargets(quarter.toString()).stream().map(r -> new LevelTarget(OrgLevel.valueOf(
                r.orgLevel()), r.scopeId(), Quarter.parse(r.quarter()), r.amountFen())).toList();
    }

    @Override
    @Transactional
    public void saveConsensusAnswer(String teamId, Quarter quarter, String voterId, long amountFen, long at) {
        mapper.upsertConsensus(teamId, quarter.toString(), voterId, amountFen, at);
    }

    @Override
    @ReadOnly
    public List<Long> consensusAnswers(String teamId, Quarter quarter) {
        return mapper.consensusAnswers(teamId, quarter.toString());
    }

    @Override
    @ReadOnly
    public boolean hasConsensusAnswer(String teamId, Quarter quarter, String voterId) {
        return mapper.countConsensus(teamId, quarter.toString(), voterId) > 0;
    }

    @Override
    @Transactional
    public void saveVoiceAnswer(VoiceAnswer a) {
        mapper.upsertVoice(new TargetsMapper.VoiceRow(a.quarter().toString(), a.customerId(), a.repId(),
                String.join("\n", a.actions()), a.score()));
    }

    @Override
    @ReadOnly
    public List<VoiceAnswer> voiceAnswers(Quarter quarter) {
        return mapper.voiceAnswers(quarter.toString()).stream().map(r -> new VoiceAnswer(Quarter.parse(r.quarter()),
                r.repId(), r.customerId(), r.actions().isEmpty() ? List.of() : Arrays.asList(r.actions().split("\n")),
                r.score())).toList();
    }

    @Override
    @Transactional
    public GrowthEntry addGrowthEntry(GrowthEntry e) {
        TargetsMapper.NewGrowth row = new TargetsMapper.NewGrowth();
        row.repId = e.repId();
        row.kind = e.kind();
        row.item = e.item();
        row.points = e.points();
        row.status = e.status();
        row.entryAt = e.at();
        row.decidedBy = e.decidedBy();
        mapper.insertGrowth(row);
        return new GrowthEntry(row.id, e.repId(), e.kind(), e.item(), e.points(), e.status(), e.at(), e.decidedBy());
    }

    @Override
    @ReadOnly
    public Optional<GrowthEntry> growthEntry(long id) {
        return Optional.ofNullable(mapper.growth(id)).map(MyBatisTargetsDataStore::entry);
    }

    private static GrowthEntry entry(TargetsMapper.GrowthRow r) {
        return new GrowthEntry(r.id(), r.repId(), r.kind(), r.item(), r.points(), r.status(), r.entryAt(),
                r.decidedBy());
    }

    @Override
    @Transactional
    public boolean decideGrowthEntry(long id, String status, String by) {
        if (!GrowthEntry.APPROVED.equals(status) && !GrowthEntry.REJECTED.equals(status)) {
            throw new IllegalArgumentException("decision must be APPROVED or REJECTED");
        }
        return mapper.decideGrowth(id, status, by) == 1;
    }

    @Override
    @ReadOnly
    public List<GrowthEntry> growthEntries(String repId) {
        return mapper.growthOf(repId).stream().map(MyBatisTargetsDataStore::entry).toList();
    }

    @Override
    @Transactional
    public void saveOrders(Collection<CustomerOrder> orders) {
        orders.forEach(o -> mapper.upsertOrder(new TargetsMapper.OrderRow(o.id(), o.customerId(), o.amountFen(),
                o.status(), o.fulfilled(), o.orderedAt())));
    }

    @Override
    @ReadOnly
    public List<CustomerOrder> ordersOf(String customerId, long fromMs, long toMs) {
        return mapper.ordersOf(customerId, fromMs, toMs).stream().map(r -> new CustomerOrder(r.id(), r.customerId(),
                r.amountFen(), r.status(), r.fulfilled(), r.orderedAt())).toList();
    }

    @Override
    @Transactional
    public void saveKbSearches(Collection<KbSearch> searches) {
        searches.forEach(s -> mapper.insertSearch(new TargetsMapper.SearchRow(s.customerId(), s.keyword(),
                s.searchedAt())));
    }

    @Override
    @ReadOnly
    public List<KbSearch> kbSearchesOf(String customerId, long fromMs, long toMs) {
        return mapper.searchesOf(customerId, fromMs, toMs).stream().map(r -> new KbSearch(r.customerId(),
                r.keyword(), r.searchedAt())).toList();
    }
}

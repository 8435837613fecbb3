package com.salesbot.core.fakes;

import com.salesbot.core.model.Target;
import com.salesbot.core.port.TargetStore;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TargetStore} in memory for core tests: upserts by (rep, month). */
public final class InMemoryTargetStore implements TargetStore {
    private final Map<String, Target> targets = new ConcurrentHashMap<>();

    @Override
    public void save(Target target) {
        targets.put(key(target.repId(), target.month()), target);
    }

    @Override
    public Optional<Target> find(String repId, YearMonth month) {
        return Optional.ofNullable(targets.get(key(repId, month)));
    }

    @Override
    public List<Target> ofMonth(YearMonth month) {
        return targets.values().stream().filter(t -> t.month().equals(month))
                .sorted(Comparator.comparing(Target::repId)).toList();
    }

    @Override
    public List<Target> ofRep(String repId) {
        return targets.values().stream().filter(t -> t.repId().equals(repId))
                .sorted(Comparator.comparing(Target::month)).toList();
    }

    private static String key(String repId, YearMonth month) {
        return repId + "|" + month;
    }
}

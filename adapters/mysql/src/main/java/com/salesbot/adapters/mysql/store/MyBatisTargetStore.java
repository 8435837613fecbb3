package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.TargetMapper;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.TargetStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Monthly targets in MySQL/H2. */
@Singleton
public class MyBatisTargetStore implements TargetStore {
    private final TargetMapper mapper;

    public MyBatisTargetStore(TargetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Target target) {
        mapper.upsert(target);
    }

    @Override
    @ReadOnly
    public Optional<Target> find(String repId, YearMonth month) {
        return Optional.ofNullable(mapper.find(repId, month));
    }

    @Override
    @ReadOnly
    public List<Target> ofMonth(YearMonth month) {
        return mapper.ofMonth(month);
    }

    @Override
    @ReadOnly
    public List<Target> ofRep(String repId) {
        return mapper.ofRep(repId);
    }
}

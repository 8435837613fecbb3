package com.salesbot.core.port;

import com.salesbot.core.model.Target;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Monthly targets. Saves are upserts by (rep, month). */
public interface TargetStore {
    void save(Target target);

    Optional<Target> find(String repId, YearMonth month);

    List<Target> ofMonth(YearMonth month);

    List<Target> ofRep(String repId);
}

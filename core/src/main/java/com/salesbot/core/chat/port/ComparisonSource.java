package com.salesbot.core.chat.port;

import com.salesbot.core.model.Rep;
import java.time.YearMonth;
import java.util.List;

/** R18 我的对比: the six comparisons of a rep for a month, computed by the comparison rules. */
@FunctionalInterface
public interface ComparisonSource {
    List<Comparison> compare(Rep rep, YearMonth month);
}

package com.salesbot.core.feature.targets;

import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.rules.voice.VoiceSampler;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R13: each quarter, per rep, a seeded random sample of the customers whose deals they won in the 3 months before
 * the quarter started, for the third-party caller.
 */
public final class VoiceSampleService {
    /** One line of the export. */
    public record SampleRow(String quarter, String repId, String customerId) {
    }

    private final OpportunityStore opportunities;
    private final TargetsSettings settings;
    private final ZoneId zone;

    public VoiceSampleService(OpportunityStore opportunities, TargetsSettings settings, ZoneId zone) {
        this.opportunities = opportunities;
        this.settings = settings;
        this.zone = zone;
    }

    public List<SampleRow> sample(Quarter quarter) {
        long to = quarter.startMs(zone);
        long from = quarter.firstDay().minusMonths(3).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, Set<String>> closed = new TreeMap<>();
        for (Opportunity o : opportunities.all()) {
            if (o.status() == OpportunityStatus.WON && o.customerId() != null && o.closedAt() >= from
                    && o.closedAt() < to) {
                closed.computeIfAbsent(o.ownerRepId(), k -> new TreeSet<>()).add(o.customerId());
            }
        }
        List<SampleRow> rows = new ArrayList<>();
        new VoiceSampler(settings.voiceSampleSize()).draw(quarter.toString(), settings.voiceSeed(), closed)
                .forEach((rep, customers) -> customers.forEach(c -> rows.add(new SampleRow(quarter.toString(), rep,
                        c))));
        return rows;
    }
}

package com.salesbot.core.rules.voice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R13 客户声音反哺: each quarter a random sample of each rep's customers closed in the last 3 months, for the third
 * party to call. The draw is seeded by the quarter and the rep, so exporting the same quarter twice gives the same
 * list (the caller can re-download), yet different quarters draw differently. A rep with fewer customers than the
 * sample size gets all of them.
 */
public final class VoiceSampler {
    private final int samplePerRep;

    public VoiceSampler(int samplePerRep) {
        if (samplePerRep < 1) {
            throw new IllegalArgumentException("voice sample size must be at least 1");
        }
        this.samplePerRep = samplePerRep;
    }

    public int samplePerRep() {
        return samplePerRep;
    }

    /** Per rep (sorted by id), the sampled customer ids (sorted). {@code closedCustomers}: rep id -> customer ids. */
    public Map<String, List<String>> draw(String quarter, long seed, Map<String, ? extends Collection<String>>
            closedCustomers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Collection<String>> e : new TreeMap<>(closedCustomers).entrySet()) {
            List<String> pool = new ArrayList<>(new TreeSet<>(e.getValue()));
            Random random = new Random(seed ^ (quarter + "|" + e.getKey()).hashCode());
            java.util.Collections.shuffle(pool, random);
            List<String> picked = new ArrayList<>(pool.subList(0, Math.min(samplePerRep, pool.size())));
            picked.sort(null);
            if (!picked.isEmpty()) {
                out.put(e.getKey(), picked);
            }
        }
        return out;
    }
}

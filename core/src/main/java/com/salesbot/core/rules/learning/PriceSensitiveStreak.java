package com.salesbot.core.rules.learning;

import com.salesbot.core.config.Thresholds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R19 数据反哺闭环: {@code priceSensitiveStreak} (5) consecutive price-sensitive need entries by the same rep → push
 * 《高价值客户定价策略》. An entry is price-sensitive when its text contains one of the configured phrases
 * (default 价格敏感), ignoring spaces. Any other non-blank entry by the same rep breaks the streak; blank entries,
 * other reps' entries and elapsed time do not. It fires once per streak: the 6th, 7th ... entry of the same streak
 * do not fire again; after a break, 5 new ones are needed.
 */
public final class PriceSensitiveStreak {
    public static final Set<String> DEFAULT_PHRASES = Set.of("价格敏感");
    private static final Comparator<NeedEntry> ORDER = Comparator.comparingLong(NeedEntry::at)
            .thenComparingLong(NeedEntry::sequence);

    private final int length;
    private final List<String> phrases;

    public PriceSensitiveStreak(Thresholds thresholds, Set<String> phrases) {
        this.length = thresholds.priceSensitiveStreak();
        this.phrases = phrases.stream().map(PriceSensitiveStreak::normalize).filter(p -> !p.isEmpty()).toList();
        if (this.phrases.isEmpty()) {
            throw new IllegalArgumentException("at least one price-sensitive phrase is required");
        }
    }

    public PriceSensitiveStreak(Thresholds thresholds) {
        this(thresholds, DEFAULT_PHRASES);
    }

    public boolean isPriceSensitive(String text) {
        String t = normalize(text);
        return phrases.stream().anyMatch(t::contains);
    }

    /** Incremental form for a stored counter: the state after one more entry of the rep. */
    public StreakStep next(int currentLength, String entryText) {
        if (entryText == null || entryText.isBlank()) {
            return new StreakStep(currentLength, false);
        }
        if (!isPriceSensitive(entryText)) {
            return StreakStep.NONE;
        }
        int n = currentLength + 1;
        return new StreakStep(n, n == length);
    }

    /** The state of one rep after replaying its entries in time order; {@link StreakStep#NONE} when none. */
    public StreakStep replay(Collection<NeedEntry> entriesOfOneRep) {
        List<NeedEntry> sorted = new ArrayList<>(entriesOfOneRep);
        sorted.sort(ORDER);
        StreakStep step = StreakStep.NONE;
        for (NeedEntry e : sorted) {
            step = next(step.length(), e.text());
        }
        return step;
    }

    /** {@link #replay} for every rep in the entries. */
    public Map<String, StreakStep> replayAll(Collection<NeedEntry> entries) {
        Map<String, List<NeedEntry>> byRep = new HashMap<>();
        for (NeedEntry e : entries) {
            byRep.computeIfAbsent(e.repId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, StreakStep> result = new HashMap<>();
        byRep.forEach((rep, list) -> result.put(rep, replay(list)));
        return result;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}

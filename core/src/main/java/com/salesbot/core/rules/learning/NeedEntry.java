package com.salesbot.core.rules.learning;

import com.salesbot.core.model.Require;

/**
 * One "customer need" (客户需求) entry written by a rep (lead form, visit log, result note), input of R19.
 *
 * @param at       epoch ms when it was written
 * @param sequence tie-breaker for entries written in the same millisecond (e.g. a store id)
 * @param text     what the rep wrote or picked; blank when the field was left empty
 */
public record NeedEntry(String repId, long at, long sequence, String text) {
    public NeedEntry {
        Require.text(repId, "rep id");
    }
}

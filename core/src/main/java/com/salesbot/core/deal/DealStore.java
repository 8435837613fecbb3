package com.salesbot.core.deal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Signed deals; save is an upsert by id (re-import replaces the deal and its decision-chain roles). */
public interface DealStore {
    void save(Deal deal);

    Optional<Deal> find(String id);

    /** Every deal, oldest signing first. */
    List<Deal> all();

    /** The deals of these reps, oldest signing first. */
    List<Deal> ofReps(Collection<String> repIds);
}

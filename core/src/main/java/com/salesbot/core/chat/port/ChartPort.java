package com.salesbot.core.chat.port;

import com.salesbot.core.model.Rep;

/** Renders the image attached to a target-health card (the charts module implements it). */
@FunctionalInterface
public interface ChartPort {
    /** A PNG of the rep's target gauge/bullet, or null when no chart is available. */
    byte[] targetChart(Rep rep, RepTargetHealth health);

    ChartPort NONE = (rep, health) -> null;
}

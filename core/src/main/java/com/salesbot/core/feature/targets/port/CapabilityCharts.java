package com.salesbot.core.feature.targets.port;

import com.salesbot.core.rules.capability.RepCapability;
import java.util.List;
import java.util.Map;

/** Renders the capability pictures (the charts module implements it). */
public interface CapabilityCharts {
    /** R8 quadrant chart: one labelled point per rep; {@code names} rep id -> display name. */
    byte[] matrix(String title, List<RepCapability> reps, Map<String, String> names);

    /** Radar with the rep's scores and the team mean as a second series, 0..100. */
    byte[] radar(String title, List<String> axes, String repName, List<Double> scores, List<Double> teamMean);

    CapabilityCharts NONE = new CapabilityCharts() {
        @Override
        public byte[] matrix(String title, List<RepCapability> reps, Map<String, String> names) {
            return null;
        }

        @Override
        public byte[] radar(String title, List<String> axes, String repName, List<Double> scores,
                            List<Double> teamMean) {
            return null;
        }
    };
}

package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Require;
import java.util.List;

/** A customer's answer to the third-party voice call (R13): the 3 service actions they value most and a 1-5 score. */
public record VoiceAnswer(Quarter quarter, String repId, String customerId, List<String> actions, int score) {
    public VoiceAnswer {
        Require.present(quarter, "quarter");
        Require.text(repId, "rep id");
        Require.text(customerId, "customer id");
        actions = List.copyOf(actions);
        if (actions.size() > 3) {
            throw new IllegalArgumentException("at most 3 service actions");
        }
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1 to 5, got " + score);
        }
    }
}

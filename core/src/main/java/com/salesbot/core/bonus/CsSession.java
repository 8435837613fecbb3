package com.salesbot.core.bonus;

import com.salesbot.core.model.Require;
import java.time.LocalDate;

/** A joint session with a customer-success manager (需求诊断、使用培训、价值回顾). */
public record CsSession(String id, String repId, String customerId, LocalDate heldOn, int minutes, String topic) {
    public CsSession {
        Require.text(id, "session id");
        Require.text(repId, "rep id");
        Require.present(heldOn, "session day");
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException("会议时长应在 1 到 1440 分钟之间: " + minutes);
        }
    }
}

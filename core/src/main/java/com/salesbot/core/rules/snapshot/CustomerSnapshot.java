package com.salesbot.core.rules.snapshot;

import java.util.List;

/**
 * A customer's last 30 days (近30天) in three lines; a part with no data is null, and the whole snapshot is absent
 * when all three are.
 *
 * @param orders      e.g. "订单 3 笔, 1 笔待履约 (最近: 待发货)"
 * @param tickets     e.g. "工单 2 个, 首次响应中位 45 分钟, 1 个未响应"
 * @param kbKeywords  up to 5 most searched keywords, most frequent first
 */
public record CustomerSnapshot(String customerId, String orders, String tickets, List<String> kbKeywords) {
    public CustomerSnapshot {
        kbKeywords = kbKeywords == null ? List.of() : List.copyOf(kbKeywords);
    }
}

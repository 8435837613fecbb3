package com.salesbot.core.rules.snapshot;

import com.salesbot.core.model.ServiceTicket;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R17 data snapshot: the customer's orders, service tickets and knowledge-base searches of the {@code days} days
 * before now (inclusive of now, window [now - days, now]). Empty when none of the three has data.
 */
public final class SnapshotBuilder {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_KEYWORDS = 5;
    private final int days;

    public SnapshotBuilder(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("snapshot window must be at least one day");
        }
        this.days = days;
    }

    public long windowStart(long nowMs) {
        return nowMs - days * 86_400_000L;
    }

    public Optional<CustomerSnapshot> build(String customerId, long nowMs, Collection<CustomerOrder> orders,
                                            Collection<ServiceTicket> tickets, Collection<KbSearch> searches) {
        long from = windowStart(nowMs);
        List<CustomerOrder> o = orders.stream().filter(x -> x.customerId().equals(customerId))
                .filter(x -> x.orderedAt() >= from && x.orderedAt() <= nowMs)
                .sorted(Comparator.comparingLong(CustomerOrder::orderedAt)).toList();
        List<ServiceTicket> t = tickets.stream().filter(x -> x.customerId().equals(customerId))
                .filter(x -> x.openedAt() >= from && x.openedAt() <= nowMs).toList();
        List<KbSearch> s = searches.stream().filter(x -> x.customerId().equals(customerId))
                .filter(x -> x.searchedAt() >= from && x.searchedAt() <= nowMs).toList();
        if (o.isEmpty() && t.isEmpty() && s.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CustomerSnapshot(customerId, orderLine(o), ticketLine(t), keywords(s)));
    }

    static String orderLine(List<CustomerOrder> orders) {
        if (orders.isEmpty()) {
            return null;
        }
        long open = orders.stream().filter(x -> !x.fulfilled()).count();
        String latest = orders.get(orders.size() - 1).status();
        return "订单 " + orders.size() + " 笔" + (open > 0 ? ", " + open + " 笔待履约" : ", 均已履约")
                + " (最近: " + latest + ")";
    }

    static String ticketLine(List<ServiceTicket> tickets) {
        if (tickets.isEmpty()) {
            return null;
        }
        List<Long> answered = tickets.stream().map(ServiceTicket::responseMinutes).filter(m -> m >= 0).sorted()
                .toList();
        long unanswered = tickets.size() - answered.size();
        StringBuilder line = new StringBuilder("工单 " + tickets.size() + " 个");
        if (!answered.isEmpty()) {
            int n = answered.size();
            long median = n % 2 == 1 ? answered.get(n / 2) : (answered.get(n / 2 - 1) + answered.get(n / 2)) / 2;
            line.append(", 首次响应中位 ").append(duration(median));
        }
        if (unanswered > 0) {
            line.append(", ").append(unanswered).append(" 个未响应");
        }
        long major = tickets.stream().filter(ServiceTicket::major).count();
        if (major > 0) {
            line.append(", 含重大投诉 ").append(major).append(" 个");
        }
        return line.toString();
    }

    static String duration(long minutes) {
        return minutes < 120 ? minutes + " 分钟" : (minutes / 60) + " 小时";
    }

    static List<String> keywords(List<KbSearch> searches) {
        Map<String, Integer> counts = new HashMap<>();
        searches.forEach(s -> counts.merge(s.keyword().trim(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_KEYWORDS).map(Map.Entry::getKey).toList();
    }
}

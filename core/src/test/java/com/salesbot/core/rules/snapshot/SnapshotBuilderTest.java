package com.salesbot.core.rules.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.ServiceTicket;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {
    static final long DAY = 86_400_000L;
    static final long NOW = 1_780_000_000_000L;
    final SnapshotBuilder builder = new SnapshotBuilder(30);

    @Test
    void nothingInTheWindowMeansNoSnapshot() {
        List<CustomerOrder> old = List.of(new CustomerOrder("o1", "c1", 100, "已签收", true, NOW - 30 * DAY - 1));
        assertThat(builder.build("c1", NOW, old, List.of(), List.of())).isEmpty();
        assertThat(builder.build("c1", NOW, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void thirtyDaysAgoExactlyIsInside() {
        List<CustomerOrder> edge = List.of(new CustomerOrder("o1", "c1", 100, "已签收", true, NOW - 30 * DAY));
        assertThat(builder.build("c1", NOW, edge, List.of(), List.of())).hasValueSatisfying(s -> {
            assertThat(s.orders()).isEqualTo("订单 1 笔, 均已履约 (最近: 已签收)");
            assertThat(s.tickets()).isNull();
            assertThat(s.kbKeywords()).isEmpty();
        });
    }

    @Test
    void allThreePartsForTheCustomerOnly() {
        List<CustomerOrder> orders = List.of(
                new CustomerOrder("o1", "c1", 100, "已签收", true, NOW - 10 * DAY),
                new CustomerOrder("o2", "c1", 100, "待发货", false, NOW - 2 * DAY),
                new CustomerOrder("o3", "c2", 100, "待发货", false, NOW - 2 * DAY));
        List<ServiceTicket> tickets = List.of(
                new ServiceTicket("t1", "c1", "r1", NOW - 5 * DAY, NOW - 5 * DAY + 30 * 60_000, 0, false, null),
                new ServiceTicket("t2", "c1", "r1", NOW - 4 * DAY, NOW - 4 * DAY + 60 * 60_000, 0, false, null),
                new ServiceTicket("t3", "c1", "r1", NOW - DAY, 0, 0, true, null));
        List<KbSearch> searches = List.of(new KbSearch("c1", "发票", NOW - DAY), new KbSearch("c1", "退货", NOW - DAY),
                new KbSearch("c1", "发票", NOW - 2 * DAY), new KbSearch("c2", "别人的", NOW));

        CustomerSnapshot s = builder.build("c1", NOW, orders, tickets, searches).orElseThrow();

        assertThat(s.orders()).isEqualTo("订单 2 笔, 1 笔待履约 (最近: 待发货)");
        assertThat(s.tickets()).isEqualTo("工单 3 个, 首次响应中位 45 分钟, 1 个未响应, 含重大投诉 1 个");
        assertThat(s.kbKeywords()).containsExactly("发票", "退货");
    }
}

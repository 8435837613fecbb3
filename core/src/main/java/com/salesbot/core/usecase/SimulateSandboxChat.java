package com.salesbot.core.usecase;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import com.salesbot.core.tagging.RowResult;
import com.salesbot.core.tagging.RowStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * 模拟一段客户聊天 in the sandbox: a short canned chat between the person and one of their customers, both sides
 * writing, is ingested through the same use case as {@code POST /api/conversations} (channel {@value #CHANNEL}). It
 * is dated so that its last message is one minute more than the idle gap ({@code conversationIdleMinutes}) ago:
 * the time a real chat needs to pass before it counts, already passed. The caller then runs the chat-touch closing
 * pass, which turns it into a CHAT touch and queues the R2 prompt, exactly as the scheduled job would.
 */
public final class SimulateSandboxChat {
    public static final String CHANNEL = "sandbox";
    /** Seconds after the chat's start at which each canned message is sent; IN = the customer wrote. */
    static final List<Line> SCRIPT = List.of(
            new Line(0, "IN", "你好，上次说的设备方案，交期大概多久？"),
            new Line(40, "OUT", "标准款两周，定制款一个月左右。您这边大概什么时候要？"),
            new Line(95, "IN", "下个月中旬要上线，预算在走审批。"),
            new Line(150, "OUT", "明白，我今天把报价和交期表发您，周四约个演示可以吗？"),
            new Line(180, "IN", "可以，周四下午。"));

    record Line(int atSecond, String direction, String text) {
    }

    /** What was ingested: when the chat started and ended, and how many of its messages were stored. */
    public record Result(long startedAt, long endedAt, int stored) {
    }

    private final OrgStore org;
    private final CustomerStore customers;
    private final IngestConversations ingest;
    private final long idleMillis;
    private final Clock clock;

    public SimulateSandboxChat(OrgStore org, CustomerStore customers, IngestConversations ingest,
                               Thresholds thresholds, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.ingest = ingest;
        this.idleMillis = Duration.ofMinutes(thresholds.conversationIdleMinutes()).toMillis();
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException for an unknown or inactive person, or an unknown customer
     * @throws SecurityException      for a customer outside the person's data scope
     */
    public Result simulate(String repId, String customerId) {
        Rep rep = org.findRep(repId).filter(Rep::active)
                .orElseThrow(() -> new NoSuchElementException("no active person with id " + repId));
        Customer customer = customers.find(customerId)
                .orElseThrow(() -> new NoSuchElementException("unknown customer " + customerId));
        Rep owner = customer.ownerRepId() == null ? null : org.findRep(customer.ownerRepId()).orElse(null);
        if (!DataScope.canChange(rep, owner)) {
            throw new SecurityException("customer " + customerId + " is not in the scope of " + rep.id());
        }
        long last = SCRIPT.get(SCRIPT.size() - 1).atSecond() * 1000L;
        long start = clock.millis() - idleMillis - Duration.ofMinutes(1).toMillis() - last;
        String run = UUID.randomUUID().toString().substring(0, 12);
        List<IngestRow> rows = new ArrayList<>();
        for (int i = 0; i < SCRIPT.size(); i++) {
            Line line = SCRIPT.get(i);
            rows.add(new IngestRow("sandbox-chat-" + run + "-" + i, CHANNEL, rep.id(), customer.id(),
                    line.direction(), start + line.atSecond() * 1000L, line.text(), null, null));
        }
        int stored = (int) ingest.ingest(rows).stream().map(RowResult::status).filter(RowStatus.STORED::equals)
                .count();
        return new Result(start, start + last, stored);
    }
}

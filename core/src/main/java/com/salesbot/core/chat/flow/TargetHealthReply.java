package com.salesbot.core.chat.flow;

import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.DataScope;
import com.salesbot.core.chat.IntentHandler;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.chat.text.IntentMatch;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * 目标: the rep's own target-health card (R9/R10) with its chart. "张三的目标" works for whoever may see
 * 张三's numbers (DataScope); everyone else is refused politely.
 */
public final class TargetHealthReply implements IntentHandler {
    private final OrgStore org;
    private final TargetHealthSource source;
    private final ChartPort charts;
    private final Thresholds thresholds;
    private final ZoneId zone;

    public TargetHealthReply(OrgStore org, TargetHealthSource source, ChartPort charts, Thresholds thresholds,
                             ZoneId zone) {
        this.org = org;
        this.source = source;
        this.charts = charts;
        this.thresholds = thresholds;
        this.zone = zone;
    }

    @Override
    public List<Reply> handle(ChatRequest request, IntentMatch intent) {
        Rep viewer = request.sender();
        Rep subject = viewer;
        if (intent.argument() != null && !intent.argument().equals(viewer.name())) {
            Optional<Rep> named = org.reps().stream().filter(r -> r.active() && r.name().equals(intent.argument()))
                    .findFirst();
            if (named.isEmpty()) {
                return request.say("没找到叫“" + intent.argument() + "”的同事。发“目标”可以看自己的。");
            }
            if (!DataScope.canView(viewer, named.get())) {
                return request.say("抱歉，你只能查看自己的目标数据；" + named.get().name() + "的数据请找其主管查看。");
            }
            subject = named.get();
        }
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(request.now()).atZone(zone));
        Rep who = subject;
        return source.health(who, month)
                .map(h -> request.reply(TargetHealthCard.of(who.name(), month, h, thresholds, charts.targetChart(who, h))))
                .orElseGet(() -> request.say((who == viewer ? "你" : who.name()) + month.getMonthValue()
                        + "月还没有设定目标，请联系销售运营。"));
    }
}

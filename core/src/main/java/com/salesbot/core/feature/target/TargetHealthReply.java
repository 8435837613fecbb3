package com.salesbot.core.feature.target;

import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.DataScope;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.TargetHealthSource;
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
public final class TargetHealthReply implements CommandHandler {
    /** Arguments that name the sender themself ("我自己的目标"). */
    private static final List<String> SELF = List.of("我", "我们", "自己", "我自己");

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
    public List<Reply> handle(ChatRequest request, String arguments) {
        Rep viewer = request.sender();
        Rep subject = viewer;
        String name = arguments == null || SELF.contains(arguments) ? "" : arguments;
        if (!name.isEmpty() && !name.equals(viewer.name())) {
            Optional<Rep> named = org.reps().stream().filter(r -> r.active() && r.name().equals(name))
                    .findFirst();
            if (named.isEmpty()) {
                return request.say("没找到叫“" + name + "”的同事。发“目标”可以看自己的。");
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

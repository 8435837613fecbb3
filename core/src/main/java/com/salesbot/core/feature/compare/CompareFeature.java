package com.salesbot.core.feature.compare;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.port.ComparisonSource;
import java.time.ZoneId;

/** 对比 (R18): the rep against the team's top 3 and the industry benchmark. */
public final class CompareFeature implements ChatFeature {
    public static final Command COMPARE = Command.forEveryone("compare", "【对比】我和团队TOP3、行业基准比一比",
            "对比", "我的对比", "比较", "对比数据", "我的对比数据", "和团队比", "跟团队比", "对必", "队比", "对笔", "compare",
            "/compare");

    private final CompareReply reply;

    public CompareFeature(ComparisonSource source, ZoneId zone) {
        this.reply = new CompareReply(source, zone);
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(COMPARE, reply);
    }
}

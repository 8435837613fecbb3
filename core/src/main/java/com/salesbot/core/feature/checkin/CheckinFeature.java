package com.salesbot.core.feature.checkin;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.TouchStore;
import java.util.List;
import java.util.Set;

/** 打卡 / 拜访完成 ("打卡 40分钟"): pick the customer (prompt kind "c"), then the R2 result card. */
public final class CheckinFeature implements ChatFeature {
    public static final Command CHECKIN = new Command("checkin", List.of("打卡", "拜访完成", "拜访结束", "完成拜访",
            "拜访完了", "通话结束", "打个卡", "打咔", "签到", "见完客户了", "拜访打卡", "打卡拜访完成", "checkin", "/checkin"),
            true, "【打卡】拜访或通话后选一下结果，可带时长，如“打卡 40分钟”", Set.of(Role.values()));

    private final CheckinFlow flow;

    public CheckinFeature(DialogStore dialogs, TouchStore touches, CustomerStore customers, ResultFeature results,
                          ChatSettings settings) {
        this.flow = new CheckinFlow(dialogs, touches, customers, results.flow(), settings);
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(CHECKIN, flow).prompt(flow);
    }
}

package com.salesbot.core.feature.lead;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.TouchStore;

/** 录线索 (R1): the lead form in chat (prompt kind "l"). */
public final class LeadFeature implements ChatFeature {
    public static final Command LEAD = Command.forEveryone("lead", "【录线索】登记一条新线索", "录线索", "录入线索",
            "新线索", "登记线索", "新增线索", "加线索", "添加线索", "录个线索", "录一条线索", "线索", "新建线索", "录线所", "绿线索",
            "录先锁", "lead", "/lead");

    private final LeadFormFlow flow;

    public LeadFeature(DialogStore dialogs, LeadStore leads, CustomerStore customers, TouchStore touches,
                       BusinessConfig config, ChatSettings settings) {
        this.flow = new LeadFormFlow(dialogs, leads, customers, touches, config, settings);
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(LEAD, flow).prompt(flow);
    }
}

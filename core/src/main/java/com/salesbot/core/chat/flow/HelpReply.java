package com.salesbot.core.chat.flow;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.IntentHandler;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.text.Intent;
import com.salesbot.core.chat.text.IntentMatch;
import com.salesbot.core.model.Role;
import java.util.ArrayList;
import java.util.List;

/** 帮助: the short command menu; also the answer to anything not understood, so nobody meets silence. */
public final class HelpReply implements IntentHandler {
    static final String TITLE = "我能帮你做这些";

    @Override
    public List<Reply> handle(ChatRequest request, IntentMatch intent) {
        List<String> lines = new ArrayList<>();
        if (intent.intent() == Intent.UNKNOWN) {
            lines.add("没太明白你的意思，可以试试下面这些：");
        }
        lines.add("【目标】看我的目标健康度");
        if (request.sender().role() != Role.REP) {
            lines.add("【团队目标】看团队每个人的目标，红色预警排前面");
        }
        lines.add("【录线索】登记一条新线索");
        lines.add("【打卡】拜访或通话后选一下结果，可带时长，如“打卡 40分钟”");
        lines.add("【对比】我和团队TOP3、行业基准比一比");
        lines.add("【帮助】显示这个菜单");
        return request.reply(new Card(TITLE, Tone.NORMAL, lines, null, null, null, null, null));
    }
}

package com.salesbot.core.chat;

import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.util.List;
import java.util.Optional;

/**
 * Finds the person behind a message: WeCom userid, DingTalk staff id, or the rep id itself in the sandbox.
 * Someone unknown or no longer active is told, briefly, to ask the sales-ops admin; never silence.
 */
public final class ResolveSender implements Middleware {
    static final String NOT_SET_UP = "你好！你还没有开通销售助手，请联系销售运营管理员把你加入团队后再试。";

    private final SenderDirectory senders;

    public ResolveSender(OrgStore org) {
        this.senders = new SenderDirectory(org);
    }

    @Override
    public List<Outgoing> apply(ChatRequest request, Next next) {
        Optional<Rep> rep = senders.find(request.message().channel(), request.message().senderPlatformId())
                .filter(Rep::active);
        return rep.map(r -> next.proceed(request.withSender(r))).orElseGet(() -> request.say(NOT_SET_UP));
    }
}

package com.salesbot.core.chat;

import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the person behind a message: WeCom userid, DingTalk staff id, or the rep id itself in the sandbox.
 * Someone unknown or no longer active is told, briefly, to ask the sales-ops admin; never silence.
 */
public final class ResolveSender implements Middleware {
    static final String NOT_SET_UP = "你好！你还没有开通销售助手，请联系销售运营管理员把你加入团队后再试。";

    private final SenderDirectory senders;
    /** The senders of the batch being handled on this thread, looked up together (see {@link #prepare}). */
    private final ThreadLocal<Map<String, Optional<Rep>>> batch = new ThreadLocal<>();

    public ResolveSender(OrgStore org) {
        this.senders = new SenderDirectory(org);
    }

    @Override
    public Scope prepare(List<InboundMessage> messages) {
        batch.set(senders.findAll(messages));
        return batch::remove;
    }

    @Override
    public List<Outgoing> apply(ChatRequest request, Next next) {
        InboundMessage message = request.message();
        Map<String, Optional<Rep>> known = batch.get();
        String key = SenderDirectory.key(message.channel(), message.senderPlatformId());
        Optional<Rep> rep = (known != null && known.containsKey(key) ? known.get(key)
                : senders.find(message.channel(), message.senderPlatformId())).filter(Rep::active);
        return rep.map(r -> next.proceed(request.withSender(r))).orElseGet(() -> request.say(NOT_SET_UP));
    }
}

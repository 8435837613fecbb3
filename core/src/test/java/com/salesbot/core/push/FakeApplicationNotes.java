package com.salesbot.core.push;

import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Application notes as the engine keeps them: requested, then written at some instant. */
final class FakeApplicationNotes implements ApplicationNotes {
    final Map<String, Integer> requests = new ConcurrentHashMap<>();
    final Map<String, Long> writtenAt = new ConcurrentHashMap<>();
    private final Clock clock;

    FakeApplicationNotes(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<Outgoing> request(Rep rep, String lessonId, String lessonTitle) {
        requests.merge(rep.id(), 1, Integer::sum);
        return List.of(new Outgoing("wecom", rep.wecomUserId(), new TextMessage("请写《" + lessonTitle + "》的应用笔记")));
    }

    @Override
    public boolean pending(String repId) {
        if (!requests.containsKey(repId)) {
            return false;
        }
        Long written = writtenAt.get(repId);
        return written == null || clock.millis() < written;
    }
}

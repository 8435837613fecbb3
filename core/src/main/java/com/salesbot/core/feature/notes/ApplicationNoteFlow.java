package com.salesbot.core.feature.notes;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.port.ApplicationNote;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.messaging.AfterCommit;
import com.salesbot.core.port.KeyValueStore;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * R19: after a micro-lesson asks for an application note (应用笔记), the rep's next free text is taken as the
 * note, acknowledged, and the request is cleared so that its reminders stop.
 */
public final class ApplicationNoteFlow {
    private static final String KEY = "chat:appnote:";

    private final KeyValueStore kv;
    private final ApplicationNoteStore notes;
    private final RecipientDirectory directory;
    private final Duration ttl;

    public ApplicationNoteFlow(KeyValueStore kv, ApplicationNoteStore notes, RecipientDirectory directory,
                               Duration ttl) {
        this.kv = kv;
        this.notes = notes;
        this.directory = directory;
        this.ttl = ttl;
    }

    /** A requested note: which lesson. */
    public record Pending(String lessonId, String lessonTitle) {
    }

    /** Asks the rep for a note about the lesson and remembers that one is due. */
    public List<Outgoing> request(Rep rep, String lessonId, String lessonTitle) {
        kv.put(KEY + rep.id(), enc(lessonId) + "&" + enc(lessonTitle), ttl);
        Card card = new Card("学完《" + lessonTitle + "》了吗？", Tone.NORMAL,
                List.of("请写一份应用笔记：你准备在哪个客户身上怎么用？", "直接回复一段话就行，写完提醒就停。"),
                null, null, null, null, "应用笔记");
        return directory.to(rep, card).map(List::of).orElse(List.of());
    }

    /** The note still due from the rep, if any; reminders use it and stop once it is empty. */
    public Optional<Pending> pending(String repId) {
        return kv.get(KEY + repId).map(line -> {
            String[] parts = line.split("&", 2);
            return new Pending(dec(parts[0]), dec(parts[1]));
        });
    }

    /** Takes the text as the due note; empty when no note is due. */
    public Optional<List<Outgoing>> take(ChatRequest request) {
        Optional<Pending> pending = pending(request.repId());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        String text = request.message().text().strip();
        notes.save(new ApplicationNote(request.repId(), pending.get().lessonId(), pending.get().lessonTitle(), text,
                request.now()));
        AfterCommit.run(() -> kv.delete(KEY + request.repId())); // a rolled-back note stays due
        return Optional.of(request.say("应用笔记收到了，谢谢！《" + pending.get().lessonTitle() + "》的提醒已经停止。"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}

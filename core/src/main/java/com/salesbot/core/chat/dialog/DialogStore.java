package com.salesbot.core.chat.dialog;

import com.salesbot.core.port.KeyValueStore;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Dialog state in the key-value store (Redis or memory), so any bot instance can answer the next message:
 * prompts by id, the one prompt per person that is waiting for typed text (the focus), and once-only marks.
 */
public final class DialogStore {
    private static final String PROMPT = "chat:prompt:";
    private static final String FOCUS = "chat:focus:";
    private static final String ONCE = "chat:once:";

    private final KeyValueStore kv;

    public DialogStore(KeyValueStore kv) {
        this.kv = kv;
    }

    /** A fresh prompt id of the kind: {@code <kind>-<16 hex>}. */
    public static String newPromptId(String kind) {
        return kind + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public void save(PromptState state, Duration ttl) {
        kv.put(PROMPT + state.id(), state.encode(), ttl);
    }

    /** Stores a new prompt unless one with the same id is already waiting; true when this call stored it. */
    public boolean create(PromptState state, Duration ttl) {
        return kv.putIfAbsent(PROMPT + state.id(), state.encode(), ttl);
    }

    public Optional<PromptState> find(String promptId) {
        return kv.get(PROMPT + promptId).map(line -> PromptState.decode(promptId, line));
    }

    public void delete(String promptId) {
        kv.delete(PROMPT + promptId);
    }

    /** From now on the person's typed text answers this prompt. */
    public void focus(String repId, String promptId, Duration ttl) {
        kv.put(FOCUS + repId, promptId, ttl);
    }

    /** The prompt waiting for the person's typed text, if it is still there. */
    public Optional<PromptState> focused(String repId) {
        return kv.get(FOCUS + repId).flatMap(this::find);
    }

    /** Drops the focus when it still points at this prompt. */
    public void releaseFocus(String repId, String promptId) {
        if (kv.get(FOCUS + repId).filter(promptId::equals).isPresent()) {
            kv.delete(FOCUS + repId);
        }
    }

    /** True the first time it is called for a mark (double clicks, reminders sent, ...). */
    public boolean once(String mark, Duration ttl) {
        return kv.putIfAbsent(ONCE + mark, "1", ttl);
    }

    /**
     * True the first time for a mark, and again for the same owner (the platform event being handled): a retry of an
     * event whose database work rolled back, or never committed, is not mistaken for a second submission, while
     * another event (a double tap) is refused.
     */
    public boolean once(String mark, Duration ttl, String owner) {
        if (owner == null) {
            return once(mark, ttl);
        }
        return kv.putIfAbsent(ONCE + mark, owner, ttl) || kv.get(ONCE + mark).filter(owner::equals).isPresent();
    }
}

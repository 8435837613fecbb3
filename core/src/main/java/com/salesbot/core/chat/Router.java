package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptKind;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.chat.text.Intent;
import com.salesbot.core.chat.text.IntentMatch;
import com.salesbot.core.chat.text.IntentRecognizer;
import com.salesbot.core.messaging.InboundKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a message from a known person to its handler. Taps go to the handler of the card's prompt kind.
 * Typed text: 取消 ends the waiting prompt; a command is answered as a command; other text answers the prompt
 * waiting for text, else the fallback (an R19 application note), else the help menu. Never silence.
 */
public final class Router {
    static final String NOT_YOURS = "这张卡片不是发给你的，无法替别人操作哦。";
    static final String CANCELLED = "好的，已取消。";
    static final String NOTHING_TO_CANCEL = "现在没有进行中的操作，不用取消。发“帮助”看看我能做什么。";
    private static final Duration GREET_EVERY = Duration.ofHours(12);

    private final Map<Intent, IntentHandler> intents = new EnumMap<>(Intent.class);
    private final Map<PromptKind, PromptHandler> prompts = new EnumMap<>(PromptKind.class);
    private final IntentRecognizer recognizer = new IntentRecognizer();
    private final DialogStore dialogs;
    private IntentHandler unknown;
    private FreeTextHandler freeText = request -> Optional.empty();

    public Router(DialogStore dialogs) {
        this.dialogs = dialogs;
    }

    /** Handles typed text nobody else wanted; empty when it does not want it either. */
    @FunctionalInterface
    public interface FreeTextHandler {
        Optional<List<Reply>> handle(ChatRequest request);
    }

    public Router onIntent(Intent intent, IntentHandler handler) {
        if (intent == Intent.UNKNOWN) {
            unknown = handler;
        } else {
            intents.put(intent, handler);
        }
        return this;
    }

    public Router onPrompt(PromptHandler handler) {
        prompts.put(handler.kind(), handler);
        return this;
    }

    public Router onFreeText(FreeTextHandler handler) {
        freeText = handler;
        return this;
    }

    public List<Reply> route(ChatRequest request) {
        InboundKind kind = request.message().kind();
        if (kind == InboundKind.CARD_ACTION) {
            return action(request);
        }
        if (kind == InboundKind.ENTER_CHAT) {
            // WeCom sends enter_agent every time the app is opened: greet with the menu at most twice a day
            return dialogs.once("greet:" + request.repId(), GREET_EVERY)
                    ? intents.get(Intent.HELP).handle(request, IntentMatch.of(Intent.HELP)) : List.of();
        }
        return text(request);
    }

    private List<Reply> action(ChatRequest request) {
        String promptId = request.message().promptId();
        PromptKind kind = PromptKind.ofPromptId(promptId);
        if (kind == null || !prompts.containsKey(kind)) {
            return unknown.handle(request, IntentMatch.of(Intent.UNKNOWN));
        }
        PromptHandler handler = prompts.get(kind);
        Optional<PromptState> prompt = dialogs.find(promptId);
        if (prompt.isEmpty()) {
            return handler.onExpired(request, promptId);
        }
        if (!prompt.get().repId().equals(request.repId())) {
            return request.say(NOT_YOURS);
        }
        String key = request.message().actionKey();
        if (key == null && !request.message().selected().isEmpty()) {
            key = request.message().selected().get(0);
        }
        return handler.onAction(request, prompt.get(), key == null ? "" : key);
    }

    private List<Reply> text(ChatRequest request) {
        Optional<PromptState> focused = dialogs.focused(request.repId());
        if (isCancel(request.text())) {
            if (focused.isEmpty()) {
                return request.say(NOTHING_TO_CANCEL);
            }
            dialogs.delete(focused.get().id());
            dialogs.releaseFocus(request.repId(), focused.get().id());
            return request.say(CANCELLED);
        }
        IntentMatch match = recognizer.recognize(request.text());
        if (match.known()) {
            return intents.get(match.intent()).handle(request, match);
        }
        if (focused.isPresent()) {
            return prompts.get(focused.get().kind()).onText(request, focused.get());
        }
        return freeText.handle(request).orElseGet(() -> unknown.handle(request, match));
    }

    private static boolean isCancel(String text) {
        return List.of("取消", "算了", "不录了", "退出", "cancel", "/cancel").contains(text);
    }
}

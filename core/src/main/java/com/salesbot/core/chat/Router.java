package com.salesbot.core.chat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.model.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends a message from a known person to the handler a feature registered. Taps go to the handler of the card's
 * prompt kind. Typed text: 取消 ends the waiting prompt; a command is answered as a command (after its role check);
 * other text answers the prompt waiting for text, else the free-text handlers, else the help menu. Never silence.
 * Knows no feature by name: everything it routes to was registered through {@link ChatRoutes}.
 */
public final class Router implements ChatRoutes {
    static final String NOT_YOURS = "这张卡片不是发给你的，无法替别人操作哦。";
    static final String CANCELLED = "好的，已取消。";
    static final String NOTHING_TO_CANCEL = "现在没有进行中的操作，不用取消。发“帮助”看看我能做什么。";
    static final String NOT_UNDERSTOOD = "没太明白你的意思，可以试试下面这些：";
    private static final Duration GREET_EVERY = Duration.ofHours(12);
    private static final List<String> CANCEL = List.of("取消", "算了", "不录了", "退出", "cancel", "/cancel");

    /** A registered command and its handler. */
    private record Route(Command command, CommandHandler handler) {
    }

    private final DialogStore dialogs;
    private final Map<String, Route> commands = new LinkedHashMap<>();
    private final CommandRecognizer<Route> recognizer = new CommandRecognizer<>(r -> r.command().arguments());
    private final Map<String, PromptHandler> prompts = new HashMap<>();
    private final List<FreeTextHandler> freeText = new ArrayList<>();
    private final HelpMenu menu = this::showMenu;

    public Router(DialogStore dialogs) {
        this.dialogs = dialogs;
    }

    /** Handles typed text nobody else wanted; empty when it does not want it either. */
    @FunctionalInterface
    public interface FreeTextHandler {
        Optional<List<Reply>> handle(ChatRequest request);
    }

    @Override
    public Router command(Command command, CommandHandler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("command " + command.name() + " has no handler");
        }
        if (commands.containsKey(command.name())) {
            throw new IllegalStateException("command " + command.name() + " is registered twice");
        }
        Route route = new Route(command, handler);
        for (String phrase : command.phrases()) {
            recognizer.add(phrase, route).ifPresent(other -> {
                throw new IllegalStateException("phrase \"" + phrase + "\" of command " + command.name()
                        + " is already registered by command " + other.command().name());
            });
        }
        commands.put(command.name(), route);
        return this;
    }

    @Override
    public Router shape(String commandName, Pattern pattern) {
        Route route = commands.get(commandName);
        if (route == null) {
            throw new IllegalStateException("shape for unknown command " + commandName + ": register it first");
        }
        recognizer.add(pattern, route);
        return this;
    }

    @Override
    public Router prompt(PromptHandler handler) {
        String kind = handler.kind();
        if (kind == null || kind.isEmpty() || kind.indexOf('-') >= 0) {
            throw new IllegalArgumentException("prompt kind must be a non-empty prefix without '-': " + kind);
        }
        if (prompts.putIfAbsent(kind, handler) != null) {
            throw new IllegalStateException("prompt kind \"" + kind + "\" is registered twice");
        }
        return this;
    }

    @Override
    public Router freeText(FreeTextHandler handler) {
        freeText.add(handler);
        return this;
    }

    @Override
    public HelpMenu menu() {
        return menu;
    }

    /** The command a normalised text is, by name, and its arguments; empty when it is none (tests). */
    Optional<CommandRecognizer.Match<String>> recognize(String normalized) {
        return recognizer.recognize(normalized)
                .map(m -> new CommandRecognizer.Match<>(m.target().command().name(), m.arguments()));
    }

    public List<Reply> route(ChatRequest request) {
        InboundKind kind = request.message().kind();
        if (kind == InboundKind.CARD_ACTION) {
            return action(request);
        }
        if (kind == InboundKind.ENTER_CHAT) {
            // WeCom sends enter_agent every time the app is opened: greet with the menu at most twice a day
            return dialogs.once("greet:" + request.repId(), GREET_EVERY) ? menu.show(request, true) : List.of();
        }
        return text(request);
    }

    private List<Reply> action(ChatRequest request) {
        String promptId = request.message().promptId();
        String kind = PromptState.kindOf(promptId);
        PromptHandler handler = kind == null ? null : prompts.get(kind);
        if (handler == null) {
            return menu.show(request, false);
        }
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
        if (CANCEL.contains(request.text())) {
            if (focused.isEmpty()) {
                return request.say(NOTHING_TO_CANCEL);
            }
            dialogs.delete(focused.get().id());
            dialogs.releaseFocus(request.repId(), focused.get().id());
            return request.say(CANCELLED);
        }
        Optional<CommandRecognizer.Match<Route>> match = recognizer.recognize(request.text());
        if (match.isPresent()) {
            return run(request, match.get().target(), match.get().arguments());
        }
        if (focused.isPresent()) {
            PromptHandler handler = prompts.get(focused.get().kind());
            if (handler != null) {
                return handler.onText(request, focused.get());
            }
        }
        for (FreeTextHandler handler : freeText) {
            Optional<List<Reply>> replies = handler.handle(request);
            if (replies.isPresent()) {
                return replies.get();
            }
        }
        return menu.show(request, false);
    }

    private static List<Reply> run(ChatRequest request, Route route, String arguments) {
        Command command = route.command();
        if (!command.roles().contains(request.sender().role())) {
            return request.say("只有" + who(command) + "能看到和使用“" + command.phrases().get(0)
                    + "”。发“帮助”看看你能用的。");
        }
        return route.handler().handle(request, arguments);
    }

    private static String who(Command command) {
        List<String> names = new ArrayList<>();
        if (command.roles().contains(Role.REP)) {
            names.add("销售");
        }
        if (command.roles().contains(Role.MANAGER)) {
            names.add("主管");
        }
        if (command.roles().contains(Role.DIRECTOR) && !command.roles().contains(Role.MANAGER)) {
            names.add("总监");
        }
        return String.join("和", names);
    }

    private List<Reply> showMenu(ChatRequest request, boolean understood) {
        List<String> lines = new ArrayList<>();
        if (!understood) {
            lines.add(NOT_UNDERSTOOD);
        }
        for (Route route : commands.values()) {
            Command command = route.command();
            if (command.helpLine() != null && command.roles().contains(request.sender().role())) {
                lines.add(command.helpLine());
            }
        }
        return request.reply(new Card(HelpMenu.TITLE, Tone.NORMAL, lines, null, null, null, null, null));
    }
}

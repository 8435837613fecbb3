package com.salesbot.core.chat;

import java.util.regex.Pattern;

/** What a {@link ChatFeature} may register with the engine. Registering the same phrase or prompt kind twice fails. */
public interface ChatRoutes {
    /** A typed command, recognised on the normalised text (see {@link Command}). */
    ChatRoutes command(Command command, CommandHandler handler);

    /**
     * A further shape of a registered command, for what a phrase list cannot say ("张三的目标"): the pattern must
     * match the whole message once normalised and stripped of fillers (请/看下 ... 呢/吗); group 1, when the pattern
     * has one, is handed to the handler as the arguments. Shapes are tried in registration order, after the
     * phrases and before "phrase + arguments".
     */
    ChatRoutes shape(String commandName, Pattern pattern);

    /**
     * Card taps, and typed text while the prompt has the focus, for every prompt whose id starts with
     * {@code handler.kind()} followed by {@code '-'}.
     */
    ChatRoutes prompt(PromptHandler handler);

    /** Typed text that is neither a command nor an answer to a focused prompt; tried in registration order. */
    ChatRoutes freeText(Router.FreeTextHandler handler);

    /** The help menu, built from the help lines of every command registered (by any feature), in that order. */
    HelpMenu menu();
}

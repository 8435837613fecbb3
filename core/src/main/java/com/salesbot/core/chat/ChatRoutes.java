package com.salesbot.core.chat;

/** What a {@link ChatFeature} may register with the engine. Registering the same phrase or prompt kind twice fails. */
public interface ChatRoutes {
    /** A typed command, recognised on the normalised text (see {@link Command}). */
    ChatRoutes command(Command command, CommandHandler handler);

    /**
     * Card taps, and typed text while the prompt has the focus, for every prompt whose id starts with
     * {@code handler.kind()} followed by {@code '-'}.
     */
    ChatRoutes prompt(PromptHandler handler);

    /** Typed text that is neither a command nor an answer to a focused prompt; tried in registration order. */
    ChatRoutes freeText(Router.FreeTextHandler handler);
}

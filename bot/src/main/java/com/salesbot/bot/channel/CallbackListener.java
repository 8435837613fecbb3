package com.salesbot.bot.channel;

/** Observes callback outcomes (metrics); the default does nothing. */
public interface CallbackListener {
    void callback(String channel, String outcome);

    /** One inbox write committed this many callbacks together (group commit). */
    default void recorded(int callbacks) {
    }
}

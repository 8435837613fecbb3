package com.salesbot.bot.channel;

/** Observes callback outcomes (metrics); the default does nothing. */
public interface CallbackListener {
    void callback(String channel, String outcome);
}

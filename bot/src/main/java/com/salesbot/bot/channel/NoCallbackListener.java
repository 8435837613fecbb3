package com.salesbot.bot.channel;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Used when no metrics bean observes callbacks. */
@Singleton
@Secondary
public class NoCallbackListener implements CallbackListener {
    @Override
    public void callback(String channel, String outcome) {
        // nothing to observe
    }
}

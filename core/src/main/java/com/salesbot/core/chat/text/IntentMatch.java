package com.salesbot.core.chat.text;

/**
 * What a message asks for.
 *
 * @param argument the rest of the command: a person's name for TARGET, minutes for CHECKIN; null when none
 */
public record IntentMatch(Intent intent, String argument) {
    public static IntentMatch of(Intent intent) {
        return new IntentMatch(intent, null);
    }

    public boolean known() {
        return intent != Intent.UNKNOWN;
    }
}

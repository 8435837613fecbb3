package com.salesbot.bot.startup;

/** A configuration value that stops start-up; the message names the property and what is wrong. */
public final class InvalidSettingException extends RuntimeException {
    private final String property;

    public InvalidSettingException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
    }

    public String property() {
        return property;
    }
}

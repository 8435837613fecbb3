package com.salesbot.adapters.mysql.store;

/** Fits an error text into its VARCHAR(1000) column without splitting a surrogate pair. */
final class ErrorTexts {
    static final int MAX_LENGTH = 1000;

    private ErrorTexts() {
    }

    static String fit(String error) {
        if (error == null || error.length() <= MAX_LENGTH) {
            return error;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(error.charAt(end - 1))) {
            end--;
        }
        return error.substring(0, end);
    }
}

package com.salesbot.core.card;

import java.security.SecureRandom;

/**
 * Every card a channel sends gets an id of its own (WeCom task_id, DingTalk outTrackId): the platforms refuse a
 * reused id (WeCom errcode 42014), and a prompt is sent more than once (each step of the lead form, reminders,
 * resends). The sent id is the prompt id, {@value #SEPARATOR} and a short random suffix; a click on the card is
 * mapped back to the prompt by {@link #promptIdOf}. Prompt ids never contain {@value #SEPARATOR}.
 */
public final class CardIds {
    public static final char SEPARATOR = '@';
    private static final int SUFFIX_CHARS = 8;
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardIds() {
    }

    /** A fresh id for sending the card of this prompt once. */
    public static String sentId(String promptId) {
        if (promptId == null || promptId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("prompt id must be set and must not contain " + SEPARATOR);
        }
        StringBuilder id = new StringBuilder(promptId.length() + 1 + SUFFIX_CHARS).append(promptId).append(SEPARATOR);
        for (int i = 0; i < SUFFIX_CHARS; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /**
     * The id of one card sent for one outbox row: unique per row and the same on every retry of that row, so a
     * platform's duplicate check sees byte-identical requests (reliability) while two rows of one prompt never share
     * an id (platform uniqueness). A null key falls back to a random suffix.
     */
    public static String sentId(String promptId, String sendKey) {
        if (sendKey == null) {
            return sentId(promptId);
        }
        if (promptId == null || promptId.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("prompt id must be set and must not contain " + SEPARATOR);
        }
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((promptId + SEPARATOR + sendKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder id = new StringBuilder(promptId.length() + 1 + SUFFIX_CHARS).append(promptId).append(SEPARATOR);
        for (int i = 0; i < SUFFIX_CHARS; i++) {
            id.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
        }
        return id.toString();
    }

    /** The prompt a sent card id belongs to; an id without a suffix (cards sent before this scheme) is the prompt id. */
    public static String promptIdOf(String sentId) {
        if (sentId == null) {
            return null;
        }
        int at = sentId.lastIndexOf(SEPARATOR);
        return at < 0 ? sentId : sentId.substring(0, at);
    }
}

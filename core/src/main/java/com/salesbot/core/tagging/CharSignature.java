package com.salesbot.core.tagging;

/**
 * A 256-bit signature of the characters of a string (each character sets one bit chosen by a hash), so that "the
 * text lacks a character this keyword needs" is four AND operations instead of a substring search. Two characters
 * may share a bit, so a covered signature proves nothing; an uncovered one proves the keyword is absent.
 */
final class CharSignature {
    static final int WORDS = 4;

    private CharSignature() {
    }

    /** Sets the bits of the characters of {@code s} in {@code into[at .. at + WORDS)}. */
    static void add(String s, long[] into, int at) {
        for (int i = 0; i < s.length(); i++) {
            int bit = (s.charAt(i) * 0x9E3779B1) >>> 24;
            into[at + (bit >>> 6)] |= 1L << bit;
        }
    }

    /** True when every bit of {@code needs[at .. at + WORDS)} is set in {@code has}. */
    static boolean covers(long[] has, long[] needs, int at) {
        return (needs[at] & ~has[0]) == 0 && (needs[at + 1] & ~has[1]) == 0
                && (needs[at + 2] & ~has[2]) == 0 && (needs[at + 3] & ~has[3]) == 0;
    }
}

package com.salesbot.adapters.config;

/**
 * One thing wrong with the configuration folder, located for the person who has to fix it.
 *
 * @param file    the file (or the folder itself) as the user knows it, e.g. {@code config/stages.yml}
 * @param line    1-based line number, 0 when the problem concerns the whole file
 * @param message what is wrong, in English
 */
public record ConfigProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + " line " + line + ": " + message : file + ": " + message;
    }
}

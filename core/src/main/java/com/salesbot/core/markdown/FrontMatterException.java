package com.salesbot.core.markdown;

/**
 * A Markdown file with front matter that cannot be used. The message starts with {@code file:line:} when the line
 * is known and {@code file:} otherwise, so the person who wrote the file finds the mistake.
 */
public final class FrontMatterException extends IllegalArgumentException {
    private final String file;
    private final int line;

    public FrontMatterException(String file, int line, String message) {
        super((line > 0 ? file + ":" + line + ": " : file + ": ") + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The 1-based line, 0 when the problem is the file as a whole (a missing key, an unclosed block). */
    public int line() {
        return line;
    }
}

package com.salesbot.core.tagging;

import java.util.List;

/** The tagging configuration is wrong; every problem names its file and line. */
public final class TaggingConfigException extends RuntimeException {
    private final List<String> problems;

    public TaggingConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package com.salesbot.adapters.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration folder cannot be used; {@link #problems()} lists everything wrong with it, not just the first. */
public final class ConfigException extends RuntimeException {
    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        return "business configuration has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}

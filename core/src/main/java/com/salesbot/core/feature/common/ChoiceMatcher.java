package com.salesbot.core.feature.common;

import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.config.Choice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks a configured choice from a tap or from what was typed: its label, its code or its number in the list. */
public final class ChoiceMatcher {
    private ChoiceMatcher() {
    }

    public static Optional<Choice> byCode(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public static Optional<Choice> byTyped(List<Choice> choices, String normalized) {
        String typed = normalized.replace(" ", "");
        for (Choice choice : choices) {
            if (TextNormalizer.normalize(choice.label()).replace(" ", "").equals(typed)
                    || choice.code().equalsIgnoreCase(typed)) {
                return Optional.of(choice);
            }
        }
        if (typed.matches("\\d{1,2}")) {
            int index = Integer.parseInt(typed) - 1;
            if (index >= 0 && index < choices.size()) {
                return Optional.of(choices.get(index));
            }
        }
        return Optional.empty();
    }

    /** "1. 官网表单、2. 展会 ..." for a refusal that lists the valid choices. */
    public static String listed(List<Choice> choices) {
        return choices.stream().map(c -> (choices.indexOf(c) + 1) + "." + c.label())
                .collect(Collectors.joining("  "));
    }
}

package com.salesbot.core.config;

import com.salesbot.core.model.Require;
import java.util.List;

/** A configured option: a stable code stored in data, and the Chinese label people see. */
public record Choice(String code, String label) {
    public Choice {
        Require.text(code, "code");
        Require.text(label, "label");
    }

    /** The label of {@code code} among {@code choices}; the code itself when it is not (or no longer) configured. */
    public static String labelOf(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst().orElse(code);
    }
}

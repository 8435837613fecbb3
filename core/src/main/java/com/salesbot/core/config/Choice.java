package com.salesbot.core.config;

import com.salesbot.core.model.Require;

/** A configured option: a stable code stored in data, and the Chinese label people see. */
public record Choice(String code, String label) {
    public Choice {
        Require.text(code, "code");
        Require.text(label, "label");
    }
}

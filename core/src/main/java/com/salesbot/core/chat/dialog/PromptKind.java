package com.salesbot.core.chat.dialog;

/** The kinds of prompt that wait for a tap or a reply; the prefix starts every prompt id of the kind. */
public enum PromptKind {
    /** R2 result tag, then the optional note. */
    RESULT("r-"),
    /** 打卡: which customer was it. */
    CHECKIN("c-"),
    /** R1 lead form. */
    LEAD_FORM("l-");

    private final String prefix;

    PromptKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The kind a prompt id belongs to, null when none. */
    public static PromptKind ofPromptId(String promptId) {
        if (promptId != null) {
            for (PromptKind kind : values()) {
                if (promptId.startsWith(kind.prefix)) {
                    return kind;
                }
            }
        }
        return null;
    }
}

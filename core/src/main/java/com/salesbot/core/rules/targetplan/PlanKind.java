package com.salesbot.core.rules.targetplan;

/** The three plans the target sandbox (目标推演) offers, in the order the card shows them. */
public enum PlanKind {
    AGGRESSIVE("激进"), STEADY("稳健"), CONSERVATIVE("保守");

    private final String label;

    PlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By English name (aggressive) or Chinese label (激进); IllegalArgumentException otherwise. */
    public static PlanKind parse(String text) {
        for (PlanKind k : values()) {
            if (k.name().equalsIgnoreCase(text == null ? "" : text.trim()) || k.label.equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("plan must be one of aggressive, steady, conservative (激进/稳健/保守)");
    }
}

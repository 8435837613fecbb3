package com.salesbot.core.deal;

import java.util.Locale;
import java.util.Optional;

/** The customer-side roles of a decision chain (决策链) a rep can reach before signing. */
public enum DecisionRole {
    SIGNER("合同签字人"),
    IT_OWNER("IT负责人"),
    FINANCE("财务审批人"),
    PURCHASING("采购"),
    USER_DEPARTMENT("使用部门");

    private final String label;

    DecisionRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (signer, it_owner, ...) or by Chinese label. */
    public static Optional<DecisionRole> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DecisionRole role : values()) {
            if (role.name().equalsIgnoreCase(t.replace('-', '_')) || role.label.equals(t)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

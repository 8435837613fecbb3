package com.salesbot.core.tagging;

/** The three R12 checks on outgoing messages, with the signal tag each hit gets. */
public enum ComplianceKind {
    /** A quote sent as something other than an approved template (file hash registry), or typed into the chat. */
    QUOTE_TEMPLATE("合规-报价未用模板"),
    /** A promise or policy phrase (保证, 最低价, 返点 ...) outside the authorised wording library. */
    POLICY_WORDING("合规-非授权政策表述"),
    /** A core technical parameter sent before the customer signed the NDA. */
    TECH_PARAMETER("合规-NDA前泄露技术参数");

    private final String tag;

    ComplianceKind(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}

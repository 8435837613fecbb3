package com.salesbot.core.tagging;

/** The R12 checks on outgoing messages, with the signal tag each hit gets. */
public enum ComplianceKind {
    /** A quote-like file that is not a quote the bot issued (by SHA-256 or MD5), or one issued to another customer. */
    QUOTE_TEMPLATE("合规-报价单未登记"),
    /** A price typed into the chat that is neither on the public price list nor in the customer's issued quotes. */
    TYPED_PRICE("合规-聊天报价"),
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

package com.salesbot.core.scope;

/** How far a requester's view reaches (docs/design.md, data rules). */
public enum ScopeKind {
    /** A rep: their own numbers and customers. */
    SELF,
    /** A manager: everyone in their team. */
    TEAM,
    /** A director: everything. */
    ALL,
    /** Someone who has left (inactive): nothing. */
    NONE
}

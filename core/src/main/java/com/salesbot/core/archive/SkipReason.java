package com.salesbot.core.archive;

/** Why an archived record was not fed to tagging. Skips are counted, never failures. */
public enum SkipReason {
    /** image, voice, revoke, switch and every other non-text record */
    NOT_TEXT,
    /** a group chat in which no known customer could be identified */
    GROUP_WITHOUT_CUSTOMER,
    /** a one-to-one chat whose rep or external contact is not in our stores */
    UNKNOWN_PERSON,
    /** a chat between colleagues only */
    NO_EXTERNAL_PARTY
}

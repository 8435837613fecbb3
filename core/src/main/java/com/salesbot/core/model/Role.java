package com.salesbot.core.model;

/** What a person may do and see: a rep sees their own data, a manager their team, a director everything. */
public enum Role {
    REP, MANAGER, DIRECTOR
}

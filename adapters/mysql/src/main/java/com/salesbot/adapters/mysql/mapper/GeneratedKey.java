package com.salesbot.adapters.mysql.mapper;

/** Receives an AUTO_INCREMENT id from an insert (domain records are immutable, so MyBatis writes here). */
public final class GeneratedKey {
    private long id;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}

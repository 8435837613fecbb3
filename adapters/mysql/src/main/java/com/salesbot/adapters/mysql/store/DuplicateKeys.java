package com.salesbot.adapters.mysql.store;

import java.sql.SQLException;

/** Recognises a unique-key violation from MySQL/MariaDB (error 1062) or H2 (SQLState 23505) anywhere in a cause chain. */
public final class DuplicateKeys {
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;
    private static final String STANDARD_UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    /**
     * Runs one multi-row INSERT: true when it went in, false when a unique key refused it (the statement then changed
     * nothing, so the caller can insert the rows one by one in the same transaction); any other failure is thrown.
     */
    public static boolean insertedAtOnce(Runnable multiRowInsert) {
        try {
            multiRowInsert.run();
            return true;
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            return false;
        }
    }

    public static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY
                    || STANDARD_UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}

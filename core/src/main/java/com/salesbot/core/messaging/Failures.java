package com.salesbot.core.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

/**
 * Tells "a dependency is unavailable" (retry without spending attempts) from "this message is bad" (spend an
 * attempt) for an exception thrown while processing or delivering. One place for that rule.
 * <p>
 * Unavailable: anything in the cause chain that is a transient or connection-class SQL error (SQLState class 08,
 * lock wait timeout, deadlock), an I/O error or a timeout, or a Lettuce Redis connection/timeout error (matched by
 * class name: core does not depend on Lettuce).
 */
public final class Failures {
    private static final int MAX_DEPTH = 16;

    private Failures() {
    }

    public static boolean isUnavailable(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof IOException || t instanceof UncheckedIOException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailableSqlState(sql)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.startsWith("io.lettuce.core.") && (name.endsWith("ConnectionException")
                    || name.endsWith("TimeoutException") || name.endsWith("RedisException"))) {
                return true;
            }
            if (name.endsWith("CannotGetJdbcConnectionException") || name.endsWith("CannotCreateTransactionException")
                    || name.endsWith("CommunicationsException") || name.endsWith("DataAccessResourceFailureException")) {
                return true;
            }
        }
        return false;
    }

    /** 08xxx connection errors, 40001 serialization/deadlock, HY000 with MySQL lock wait timeout (1205). */
    private static boolean unavailableSqlState(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("40001") || state.startsWith("57")
                || state.equals("HYT00")) || e.getErrorCode() == 1205 || e.getErrorCode() == 1213;
    }
}

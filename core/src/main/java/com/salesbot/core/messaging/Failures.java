package com.salesbot.core.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeoutException;

/**
 * Tells "a dependency is unavailable" (retry without spending attempts) from "this message is bad" (spend an
 * attempt) for an exception thrown while processing or delivering. One place for that rule.
 * <p>
 * Unavailable: anything in the cause chain that is a transient or connection-class SQL error (SQLState class 08,
 * lock wait timeout, deadlock), an I/O error or a timeout, or a Lettuce Redis connection/timeout error (matched by
 * class name: core depends on neither JDBC nor Lettuce, so SQL errors are recognised by class name and read
 * reflectively).
 */
public final class Failures {
    private static final int MAX_DEPTH = 16;

    private Failures() {
    }

    public static boolean isUnavailable(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof TimeoutException) {
                return true;
            }
            String name = t.getClass().getName();
            if (isSql(t.getClass(), "java.sql.SQLTransientException")
                    || isSql(t.getClass(), "java.sql.SQLRecoverableException")
                    || isSql(t.getClass(), "java.sql.SQLException") && unavailableSqlState(t)) {
                return true;
            }
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

    private static boolean isSql(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** 08xxx connection errors, 40001 serialization/deadlock, lock wait timeout (1205) and deadlock (1213). */
    private static boolean unavailableSqlState(Throwable e) {
        try {
            Method stateOf = e.getClass().getMethod("getSQLState");
            Method codeOf = e.getClass().getMethod("getErrorCode");
            String state = (String) stateOf.invoke(e);
            int code = (Integer) codeOf.invoke(e);
            return state != null && (state.startsWith("08") || state.equals("40001") || state.startsWith("57")
                    || state.equals("HYT00")) || code == 1205 || code == 1213;
        } catch (ReflectiveOperationException | ClassCastException unreadable) {
            return false;
        }
    }
}

package com.salesbot.bot.startup;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Turns a start-up exception chain into one sentence that names the property to fix. */
public final class StartupFailure {
    private StartupFailure() {
    }

    public static String describe(Throwable error) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            if (t instanceof InvalidSettingException) {
                return t.getMessage();
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SQLException || t.getClass().getName().contains("PoolInitializationException")
                    || t.getClass().getName().startsWith("org.flywaydb")) {
                return "datasources.default.url: the database cannot be used (" + Secrets.redact(rootMessage(chain))
                        + ")";
            }
            if (t.getClass().getName().startsWith("io.lettuce")) {
                return "redis.uri: Redis cannot be used (" + Secrets.redact(rootMessage(chain)) + ")";
            }
            if (t instanceof java.net.BindException) {
                return "micronaut.server.port: the port is already in use (set SALESBOT_PORT)";
            }
            if (t instanceof ConnectException) {
                return "a backend refused the connection (" + Secrets.redact(rootMessage(chain)) + ")";
            }
        }
        return Secrets.redact(rootMessage(chain));
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String rootMessage(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

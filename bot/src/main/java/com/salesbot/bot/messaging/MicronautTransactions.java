package com.salesbot.bot.messaging;

import com.salesbot.core.port.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The core's unit of work over Micronaut's JDBC transaction manager (MyBatis joins the same connection). */
@Singleton
public class MicronautTransactions implements Transactions {
    private final TransactionOperations<Connection> tx;

    public MicronautTransactions(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx.executeWrite(status -> work.get());
    }
}

package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {
    @Test
    void recognisesMysqlDuplicateEntryDeepInTheCauseChain() {
        SQLException mysql = new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062);
        assertThat(DuplicateKeys.isDuplicate(new RuntimeException(new RuntimeException(mysql)))).isTrue();
    }

    @Test
    void recognisesTheStandardUniqueViolationState() {
        assertThat(DuplicateKeys.isDuplicate(new SQLException("Unique index violation", "23505", 23505))).isTrue();
    }

    @Test
    void otherConstraintViolationsAreNotDuplicates() {
        SQLException notNull = new SQLIntegrityConstraintViolationException("Column cannot be null", "23000", 1048);
        assertThat(DuplicateKeys.isDuplicate(new RuntimeException(notNull))).isFalse();
        assertThat(DuplicateKeys.isDuplicate(new IllegalStateException("boom"))).isFalse();
    }
}

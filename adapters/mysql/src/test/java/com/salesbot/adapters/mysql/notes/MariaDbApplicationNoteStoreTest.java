package com.salesbot.adapters.mysql.notes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbApplicationNoteStoreTest extends AbstractApplicationNoteStoreTest {
}

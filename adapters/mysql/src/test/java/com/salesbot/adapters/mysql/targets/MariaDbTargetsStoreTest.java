package com.salesbot.adapters.mysql.targets;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbTargetsStoreTest extends AbstractTargetsStoreTest {
}

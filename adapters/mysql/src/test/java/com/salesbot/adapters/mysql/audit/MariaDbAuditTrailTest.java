package com.salesbot.adapters.mysql.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbAuditTrailTest extends AbstractAuditTrailTest {
}

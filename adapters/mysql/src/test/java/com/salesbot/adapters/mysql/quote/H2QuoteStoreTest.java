package com.salesbot.adapters.mysql.quote;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "h2", transactional = false)
class H2QuoteStoreTest extends AbstractQuoteStoreTest {
}

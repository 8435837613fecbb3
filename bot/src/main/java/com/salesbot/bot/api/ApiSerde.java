package com.salesbot.bot.api;

import com.salesbot.core.importing.ImportReport;
import com.salesbot.core.importing.RowError;
import io.micronaut.serde.annotation.SerdeImport;

/** Core records the API writes as JSON. */
@SerdeImport(ImportReport.class)
@SerdeImport(RowError.class)
final class ApiSerde {
    private ApiSerde() {
    }
}

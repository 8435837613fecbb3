package com.salesbot.bot.workbench;

import com.salesbot.core.workbench.WorkbenchPeople;
import com.salesbot.core.workbench.WorkbenchQueries;
import io.micronaut.serde.annotation.SerdeImport;

/** Core records the workbench API writes as JSON. */
@SerdeImport(WorkbenchPeople.Me.class)
@SerdeImport(WorkbenchQueries.Today.class)
@SerdeImport(WorkbenchQueries.TargetRow.class)
@SerdeImport(WorkbenchQueries.UntaggedTouch.class)
@SerdeImport(WorkbenchQueries.DwellRow.class)
@SerdeImport(WorkbenchQueries.TagOption.class)
@SerdeImport(WorkbenchQueries.TeamOption.class)
@SerdeImport(WorkbenchQueries.HeatRow.class)
@SerdeImport(WorkbenchQueries.TeamPage.class)
final class WorkbenchSerde {
    private WorkbenchSerde() {
    }
}

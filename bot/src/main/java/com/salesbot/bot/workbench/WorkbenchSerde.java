package com.salesbot.bot.workbench;

import com.salesbot.core.workbench.WorkbenchDeals;
import com.salesbot.core.workbench.WorkbenchPeople;
import com.salesbot.core.workbench.WorkbenchTargets;
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
@SerdeImport(WorkbenchDeals.DealsPage.class)
@SerdeImport(WorkbenchDeals.ReviewRow.class)
@SerdeImport(WorkbenchDeals.BonusRow.class)
@SerdeImport(WorkbenchDeals.LtvRow.class)
@SerdeImport(WorkbenchTargets.TargetsPage.class)
@SerdeImport(WorkbenchTargets.PlanView.class)
@SerdeImport(WorkbenchTargets.PlanOption.class)
@SerdeImport(WorkbenchTargets.MatrixRow.class)
@SerdeImport(WorkbenchTargets.GrowthRow.class)
@SerdeImport(WorkbenchTargets.Person.class)
@SerdeImport(com.salesbot.core.workbench.WorkbenchConfig.ConfigRow.class)
@SerdeImport(WorkbenchQueries.CredRow.class)
final class WorkbenchSerde {
    private WorkbenchSerde() {
    }
}

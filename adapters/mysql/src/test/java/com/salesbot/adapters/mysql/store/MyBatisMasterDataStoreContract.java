package com.salesbot.adapters.mysql.store;

import com.salesbot.core.port.contract.MasterDataStoreContract;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import jakarta.inject.Inject;

/** Core's master-data contract on the MyBatis stores; the H2 and MariaDB subclasses choose the database. */
abstract class MyBatisMasterDataStoreContract extends MasterDataStoreContract {
    @Inject
    OrgStore injectedOrg;
    @Inject
    CustomerStore injectedCustomers;
    @Inject
    LeadStore injectedLeads;
    @Inject
    OpportunityStore injectedOpportunities;
    @Inject
    TargetStore injectedTargets;
    @Inject
    PaymentStore injectedPayments;

    @Override
    protected Stores stores() {
        return new Stores(injectedOrg, injectedCustomers, injectedLeads, injectedOpportunities, injectedTargets,
                injectedPayments);
    }
}

package com.salesbot.core.fakes;

import com.salesbot.core.port.contract.MasterDataStoreContract;

/** The in-memory master-data fakes hold to the same contract as the MySQL stores. */
class InMemoryMasterDataStoreContractTest extends MasterDataStoreContract {
    @Override
    protected Stores stores() {
        return new Stores(new InMemoryOrgStore(), new InMemoryCustomerStore(), new InMemoryLeadStore(),
                new InMemoryOpportunityStore(), new InMemoryTargetStore(), new InMemoryPaymentStore());
    }
}

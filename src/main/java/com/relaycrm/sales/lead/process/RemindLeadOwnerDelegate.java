package com.relaycrm.sales.lead.process;

import com.relaycrm.sales.lead.LeadPools;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind the rep": the follow-up deadline is near; the rep is emailed and it is recorded in the lead's history. */
@Component("remindLeadOwner")
class RemindLeadOwnerDelegate implements JavaDelegate {

    private final LeadPools pools;

    RemindLeadOwnerDelegate(LeadPools pools) {
        this.pools = pools;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pools.reminded(pools.ofProcess(execution.getProcessInstanceId()));
    }
}
